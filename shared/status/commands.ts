import { subDays } from 'date-fns';
import { parseSince } from '../capture/parse-capture.ts';
import type { BlockerView } from '../blockers/view.ts';
import { checkInsBetween } from '../checkin/commands.ts';
import { decisionsBetween } from '../decisions/commands.ts';
import { StatusUpdate, type Cadence } from '../domain/status-update.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import { renderMarkdown } from '../export/markdown.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, ofKind, recordsSince, type JournalContext } from '../journal-context.ts';
import { monthOf, type MonthKey } from '../store/layout.ts';
import type { statusChannels } from './channels.ts';
import { draftUpdate } from './draft.ts';
import { dayPeriod, weekPeriod, type Period } from './period.ts';

export type DraftRequest = { cadence: 'daily' | 'weekly'; at?: string | undefined } | { cadence: 'range'; from: string; to?: string | undefined };

function periodOf(context: JournalContext, request: DraftRequest): Period {
  const zone = context.clock.timeZone();
  const now = context.clock.now();
  if (request.cadence === 'range') {
    const to = request.to === undefined ? now : new Date(request.to);
    const from = new Date(request.from);
    if (from >= to) throw new JournalError('invalid', 'The period must start before it ends.');
    return { from, to };
  }
  const at = request.at === undefined ? now : new Date(request.at);
  return request.cadence === 'daily' ? dayPeriod(at, zone) : weekPeriod(at, zone, context.settings.weekStart);
}

/** The update's text as the journal would draft it now, in Markdown (the form the user edits). */
function draftText(context: JournalContext, cadence: Cadence, period: Period, running: () => BlockerView[]): { title: string; text: string } {
  const touched = recordsSince(context, period.from);
  const document = draftUpdate(cadence, period, {
    now: context.clock.now(),
    zone: context.clock.timeZone(),
    commitments: ofKind(touched, 'commitment'),
    blockers: ofKind(touched, 'blocker'),
    running: running(),
    decisions: decisionsBetween(context, period.from, period.to),
    checkIns: checkInsBetween(context, period.from, period.to),
  });
  return { title: document.title, text: renderMarkdown(document) };
}

function unsentUpdate(context: JournalContext, id: string): StatusUpdate {
  const record = context.live.get(id);
  if (record?.kind !== 'status-update') throw new JournalError('not-found', 'That update is no longer a draft — it may have been marked sent or deleted in another window.');
  return record;
}

function saveDraft(context: JournalContext, update: StatusUpdate): StatusUpdate {
  const checked = StatusUpdate.safeParse(update);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That update cannot be saved.');
  context.store.putLive(checked.data);
  context.live.set(checked.data.id, checked.data);
  context.changed();
  return checked.data;
}

/**
 * Drafts the update for a period, or returns the unsent draft the user already has for it —
 * never a second copy, never over their edits.
 */
export function draftStatusUpdate(context: JournalContext, request: DraftRequest, running: () => BlockerView[]): StatusUpdate {
  assertWritable(context);
  const period = periodOf(context, request);
  const from = toIso(period.from);
  const to = toIso(period.to);
  const existing = ofKind(context.live.values(), 'status-update').find((update) => update.cadence === request.cadence && update.from === from && update.to === to);
  if (existing) return existing;
  const { title, text } = draftText(context, request.cadence, period, running);
  const at = toIso(context.clock.now());
  return saveDraft(context, {
    kind: 'status-update',
    id: context.ids.next(),
    cadence: request.cadence,
    from,
    to,
    title,
    generated: text,
    text,
    sentAt: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    history: [{ type: 'drafted', at }],
  });
}

export function editStatusUpdate(context: JournalContext, id: string, text: string): StatusUpdate {
  assertWritable(context);
  const update = unsentUpdate(context, id);
  if (text === update.text) return update;
  const at = toIso(context.clock.now());
  // A burst of saves while typing is one edit in the history.
  const history = update.history.at(-1)?.type === 'edited' ? update.history : [...update.history, { type: 'edited' as const, at }];
  return saveDraft(context, { ...update, text, updatedAt: at, history });
}

/**
 * Drafts the update again from the journal as it is now. Edits are never overwritten silently:
 * with edits, the user has to say they replace them.
 */
export function regenerateStatusUpdate(context: JournalContext, id: string, replaceEdits: boolean, running: () => BlockerView[]): StatusUpdate {
  assertWritable(context);
  const update = unsentUpdate(context, id);
  const edited = update.text !== update.generated;
  if (edited && !replaceEdits) {
    throw new JournalError('conflict', 'You have edited this update. Drafting it again replaces your edits — choose to replace them, or keep yours.');
  }
  const { title, text } = draftText(context, update.cadence, { from: new Date(update.from), to: new Date(update.to) }, running);
  const at = toIso(context.clock.now());
  return saveDraft(context, { ...update, title, generated: text, text, updatedAt: at, history: [...update.history, { type: 'regenerated', at }] });
}

/** Sent: the update stops being an open loop and goes to the archive of this month. */
export function markSent(context: JournalContext, id: string): StatusUpdate {
  assertWritable(context);
  const update = unsentUpdate(context, id);
  const at = toIso(context.clock.now());
  const sent: StatusUpdate = { ...update, sentAt: at, closedAt: at, updatedAt: at, history: [...update.history, { type: 'sent', at }] };
  const month = monthOf(at);
  context.archives.put(sent, month);
  context.changed();
  return sent;
}

export function deleteDraft(context: JournalContext, id: string): { id: string } {
  assertWritable(context);
  unsentUpdate(context, id);
  context.store.removeLive(id);
  context.live.delete(id);
  context.changed();
  return { id };
}

function findUpdate(context: JournalContext, id: string, month?: MonthKey): StatusUpdate {
  const open = context.live.get(id);
  if (open?.kind === 'status-update') return open;
  const sent = month === undefined ? undefined : context.archives.month(month).get(id);
  if (sent?.kind === 'status-update') return sent;
  throw new JournalError('not-found', 'That update could not be found — it may have been deleted.');
}

/** The unsent drafts (open loops), and what was sent in the last sixty days. */
export function listUpdates(context: JournalContext): { unsent: StatusUpdate[]; sent: StatusUpdate[] } {
  const byNewest = (a: StatusUpdate, b: StatusUpdate) => b.to.localeCompare(a.to) || b.createdAt.localeCompare(a.createdAt);
  const recent = ofKind(recordsSince(context, subDays(context.clock.now(), 60)), 'status-update');
  return { unsent: recent.filter((update) => update.sentAt === null).sort(byNewest), sent: recent.filter((update) => update.sentAt !== null).sort(byNewest) };
}

export function statusHandlers(context: JournalContext, running: () => BlockerView[]): HandlersFor<typeof statusChannels> {
  return {
    'ownlog:status-draft': (request) => draftStatusUpdate(context, request, running),
    'ownlog:status-get': ({ id, month }) => findUpdate(context, id, month),
    'ownlog:status-edit': ({ id, text }) => editStatusUpdate(context, id, text),
    'ownlog:status-regenerate': ({ id, replaceEdits }) => regenerateStatusUpdate(context, id, replaceEdits, running),
    'ownlog:status-mark-sent': ({ id }) => markSent(context, id),
    'ownlog:status-delete': ({ id }) => deleteDraft(context, id),
    'ownlog:status-list': () => listUpdates(context),
    'ownlog:status-parse-since': ({ text }) => ({ from: parseSince(text, { now: context.clock.now(), timeZone: context.clock.timeZone(), locale: context.locale }) }),
  };
}
