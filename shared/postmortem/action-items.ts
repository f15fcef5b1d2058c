import { monthsBetween, type MonthKey } from '../store/layout.ts';
import { createCommitment } from '../commitments/capture.ts';
import { Commitment } from '../domain/commitment.ts';
import type { ActionItemLink, Postmortem } from '../domain/postmortem.ts';
import { toIso, type IsoInstant } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { JournalContext } from '../journal-context.ts';
import type { ActionItemState } from './completeness.ts';

/** An action item as the postmortem shows it: its commitment as it is now. */
export interface ActionItemView extends ActionItemState {
  commitmentId: string;
  promisedTo: string | null;
  /** The archive its commitment closed into, for a link to it; null while open (or deleted). */
  month: MonthKey | null;
}

/**
 * Where the action item's commitment is now. Open ones are in `live`; a closed one is in the
 * archive of the month it closed in, which is no earlier than the month it was added — so the
 * archives are read forward from there, and most are found in the first or second (each is
 * read once and kept). Not found anywhere means it was deleted as a mistake.
 */
export function actionItemView(context: JournalContext, link: ActionItemLink): ActionItemView {
  const found = findLinked(context, link);
  if (!found) return { commitmentId: link.commitmentId, title: link.title, status: 'deleted', due: null, promisedTo: null, month: null };
  const { commitment, month } = found;
  return { commitmentId: commitment.id, title: commitment.title, status: commitment.status, due: commitment.due, promisedTo: commitment.promisedTo, month };
}

function findLinked(context: JournalContext, link: ActionItemLink): { commitment: Commitment; month: MonthKey | null } | null {
  const open = context.live.get(link.commitmentId);
  if (open?.kind === 'commitment') return { commitment: open, month: null };
  const present = new Set(context.archives.months());
  for (const month of monthsBetween(link.addedAt, toIso(context.clock.now()))) {
    if (!present.has(month)) continue;
    const closed = context.archives.month(month).get(link.commitmentId);
    if (closed?.kind === 'commitment') return { commitment: closed, month };
  }
  return null;
}

export function actionItemViews(context: JournalContext, postmortem: Postmortem): ActionItemView[] {
  return postmortem.actionItems.map((link) => actionItemView(context, link));
}

export interface NewActionItem {
  title: string;
  due: IsoInstant | null;
  promisedTo: string | null;
}

/**
 * Turns prevention into a real commitment, source "postmortem", tracked in Open loops like any
 * other until it is done. Both records are checked before either is written.
 */
export function newActionCommitment(context: JournalContext, postmortem: Postmortem, item: NewActionItem): Commitment {
  const at = toIso(context.clock.now());
  const candidate = {
    kind: 'commitment',
    id: context.ids.next(),
    title: item.title.trim(),
    promisedTo: item.promisedTo === null || item.promisedTo.trim() === '' ? null : item.promisedTo.trim(),
    due: item.due,
    source: 'postmortem',
    captured: item.title,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    notes: `An action item of the postmortem “${postmortem.title}”.`,
    ownership: context.settings.defaultOwnership,
    checklist: [],
    scopeChanges: [],
    history: [{ type: 'captured', at }],
  } satisfies Commitment;
  const checked = Commitment.safeParse(candidate);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That action item cannot be saved.');
  if (item.due !== null && Date.parse(item.due) <= context.clock.now().getTime()) {
    throw new JournalError('invalid', 'Give the action item a due date that is still ahead.');
  }
  return checked.data;
}

/**
 * Saves the commitment, then the postmortem that links it. Should the second write fail, the
 * commitment is taken back out, so an action item never exists without its postmortem.
 */
export function saveWithActionItem(context: JournalContext, commitment: Commitment, save: () => Postmortem): Postmortem {
  createCommitment(context, commitment);
  try {
    return save();
  } catch (error) {
    context.store.removeLive(commitment.id);
    context.live.delete(commitment.id);
    context.changed();
    throw error;
  }
}
