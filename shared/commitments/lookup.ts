import type { Commitment } from '../domain/commitment.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { JournalContext } from '../journal-context.ts';
import { monthOf, type MonthKey } from '../store/layout.ts';

export function openCommitment(context: JournalContext, id: string): Commitment {
  const record = context.live.get(id);
  if (record?.kind !== 'commitment' || record.status !== 'open') {
    throw new JournalError('not-found', 'That commitment is no longer open — it may have been closed or deleted in another window.');
  }
  return record;
}

/** A commitment wherever it is: open in `live`, or closed in the archive of `month`. */
export function findCommitment(context: JournalContext, id: string, month?: MonthKey): { commitment: Commitment; month: MonthKey | null } {
  const open = context.live.get(id);
  if (open?.kind === 'commitment') return { commitment: open, month: null };
  const closed = month === undefined ? undefined : context.archives.month(month).get(id);
  if (closed?.kind === 'commitment') return { commitment: closed, month: month ?? monthOf(closed.closedAt ?? closed.updatedAt) };
  throw new JournalError('not-found', 'That commitment could not be found — it may have been deleted.');
}

/** Writes a changed open commitment, then shows it. */
export function saveOpen(context: JournalContext, commitment: Commitment): Commitment {
  context.store.putLive(commitment);
  context.live.set(commitment.id, commitment);
  context.changed();
  return commitment;
}

export function now(context: JournalContext): string {
  return toIso(context.clock.now());
}
