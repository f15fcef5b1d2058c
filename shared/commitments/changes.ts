import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes } from 'date-fns';
import { Commitment, Message, ScopeDecision, type ChecklistItem, type CommitmentEvent, type EditableField, type ScopeChange } from '../domain/commitment.ts';
import { toIso, type IsoInstant } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { createCommitment } from './capture.ts';
import { assertFilledIn } from './drafts.ts';
import { now, openCommitment, saveOpen } from './lookup.ts';

export interface CommitmentChanges {
  title?: string | undefined;
  promisedTo?: string | null | undefined;
  due?: IsoInstant | null | undefined;
  source?: string | null | undefined;
  notes?: string | undefined;
  ownership?: number | undefined;
}

const FIELDS = ['title', 'promisedTo', 'due', 'source', 'notes', 'ownership'] as const satisfies readonly EditableField[];

/** Validates a changed record; the first problem becomes the message the user sees. */
function checked(candidate: Commitment): Commitment {
  const result = Commitment.safeParse(candidate);
  if (!result.success) throw new JournalError('invalid', result.error.issues[0]?.message ?? 'That change cannot be saved.');
  return result.data;
}

function asText(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

/** Edits any field; each change is kept in the history with its time. */
export function edit(context: JournalContext, id: string, changes: CommitmentChanges): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const at = now(context);
  const events: CommitmentEvent[] = [];
  let next: Commitment = { ...open };
  for (const field of FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    const normalised = typeof value === 'string' && field !== 'notes' ? value.trim() : value;
    if (normalised === open[field]) continue;
    next = { ...next, [field]: normalised };
    events.push({ type: 'edited', at, field, from: asText(open[field]), to: asText(normalised) });
  }
  if (events.length === 0) return open;
  return saveOpen(context, checked({ ...next, updatedAt: at, history: [...open.history, ...events] }));
}

/**
 * Renegotiation keeps the promise open with a new date and a message to the person. It is
 * recorded as on time when asked before the old due date passed, and as late after — honestly,
 * never hidden.
 */
export function renegotiate(context: JournalContext, id: string, due: IsoInstant, message: string): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const nowMs = context.clock.now().getTime();
  if (Date.parse(due) <= nowMs) throw new JournalError('invalid', 'Pick a new date that is still ahead.');
  if (due === open.due) throw new JournalError('invalid', 'That is the date it already has — pick the new one you are asking for.');
  const sent = Message('the message to the person').safeParse(message);
  if (!sent.success) throw new JournalError('invalid', sent.error.issues[0]?.message ?? 'Write the message.');
  assertFilledIn(sent.data);
  const at = now(context);
  const timing = open.due === null || nowMs < Date.parse(open.due) ? 'on-time' : 'late';
  return saveOpen(
    context,
    checked({
      ...open,
      due,
      updatedAt: at,
      history: [...open.history, { type: 'renegotiated', at, from: open.due, to: due, message: sent.data, timing }],
    }),
  );
}

export type ChecklistAction =
  | { kind: 'use-template' }
  | { kind: 'add'; item: string }
  | { kind: 'toggle'; index: number }
  | { kind: 'remove'; index: number };

/** The definition of shipped: start from the template in settings, then check items off. */
export function changeChecklist(context: JournalContext, id: string, action: ChecklistAction): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const at = now(context);
  let checklist: ChecklistItem[];
  let from: string | null = null;
  let to: string | null = null;
  switch (action.kind) {
    case 'use-template': {
      const missing = context.settings.shippedChecklist.filter((item) => !open.checklist.some((entry) => entry.item === item));
      checklist = [...open.checklist, ...missing.map((item) => ({ item, checked: false }))];
      to = `${String(missing.length)} items from the template`;
      break;
    }
    case 'add':
      checklist = [...open.checklist, { item: action.item.trim(), checked: false }];
      to = action.item.trim();
      break;
    case 'toggle': {
      const entry = open.checklist[action.index];
      if (!entry) throw new JournalError('not-found', 'That checklist item is gone — it may have been removed in another window.');
      checklist = open.checklist.map((item, index) => (index === action.index ? { ...item, checked: !item.checked } : item));
      from = `${entry.checked ? '☑' : '☐'} ${entry.item}`;
      to = `${entry.checked ? '☐' : '☑'} ${entry.item}`;
      break;
    }
    case 'remove': {
      const entry = open.checklist[action.index];
      if (!entry) throw new JournalError('not-found', 'That checklist item is gone — it may have been removed in another window.');
      checklist = open.checklist.filter((_item, index) => index !== action.index);
      from = entry.item;
      break;
    }
  }
  return saveOpen(context, checked({ ...open, checklist, updatedAt: at, history: [...open.history, { type: 'edited', at, field: 'checklist', from, to }] }));
}

export interface FoundScope {
  what: string;
  costDays: number;
  whyNow: string;
  message: string;
}

/** Extra work found on a commitment: a separate decision, open until it is made. */
export function addScopeChange(context: JournalContext, id: string, found: FoundScope): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  if (found.what.trim() === '') throw new JournalError('invalid', 'Say what extra work you found.');
  const message = Message('the message asking whether to proceed').safeParse(found.message);
  if (!message.success) throw new JournalError('invalid', message.error.issues[0]?.message ?? 'Write the message.');
  assertFilledIn(message.data);
  const at = now(context);
  const scope: ScopeChange = {
    id: context.ids.next(),
    at,
    what: found.what.trim(),
    costDays: found.costDays,
    whyNow: found.whyNow.trim(),
    message: message.data,
    decision: null,
  };
  return saveOpen(
    context,
    checked({
      ...open,
      scopeChanges: [...open.scopeChanges, scope],
      updatedAt: at,
      history: [...open.history, { type: 'scope', at, scopeId: scope.id, change: 'found' }],
    }),
  );
}

function shiftDue(due: IsoInstant, days: number, zone: string): IsoInstant {
  const whole = Math.trunc(days);
  return toIso(addMinutes(addDays(new TZDate(Date.parse(due), zone), whole), Math.round((days - whole) * 24 * 60)));
}

/**
 * The decision on extra work: proceed moves the due date by its cost, defer makes it a
 * commitment of its own, decline records that it will not be done now.
 */
export function decideScopeChange(context: JournalContext, id: string, scopeId: string, decision: ScopeDecision): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const scope = open.scopeChanges.find((candidate) => candidate.id === scopeId);
  if (!scope) throw new JournalError('not-found', 'That scope change is gone — it may have been decided in another window.');
  if (scope.decision !== null) throw new JournalError('conflict', `That was already decided: ${scope.decision.kind}.`);
  const at = now(context);
  const events: CommitmentEvent[] = [{ type: 'scope', at, scopeId, change: decision }];
  let due = open.due;
  let commitmentId: string | null = null;
  if (decision === 'proceed' && open.due !== null) {
    due = shiftDue(open.due, scope.costDays, context.clock.timeZone());
    events.push({ type: 'edited', at, field: 'due', from: open.due, to: due });
  }
  if (decision === 'defer') {
    const deferred = createCommitment(
      context,
      checked({
        kind: 'commitment',
        id: context.ids.next(),
        title: scope.what,
        promisedTo: open.promisedTo,
        due: null,
        source: 'scope',
        captured: scope.what,
        status: 'open',
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        notes: `Found while working on “${open.title}”.`,
        ownership: open.ownership,
        checklist: [],
        scopeChanges: [],
        history: [{ type: 'captured', at }],
      }),
    );
    commitmentId = deferred.id;
  }
  return saveOpen(
    context,
    checked({
      ...open,
      due,
      scopeChanges: open.scopeChanges.map((candidate) => (candidate.id === scopeId ? { ...candidate, decision: { at, kind: decision, commitmentId } } : candidate)),
      updatedAt: at,
      history: [...open.history, ...events],
    }),
  );
}
