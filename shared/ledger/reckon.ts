import type { Blocker } from '../domain/blocker.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { BlockerBucket, Bucket } from './buckets.ts';

/** Where a record stands in the ledger: its bucket, and the instant that puts it in a period. */
export interface Reckoning<B> {
  bucket: B;
  /** Closing time for a closed commitment, due time for one still open past due. */
  at: string;
}

/**
 * Renegotiations, and due dates moved by a plain edit after they had passed: a date moved
 * silently once it was missed is a late renegotiation without the message, and counts as one.
 * Earlier edits of the date are corrections (a misread capture), not renegotiations.
 */
function moves(commitment: Commitment): { late: boolean }[] {
  const found: { late: boolean }[] = [];
  for (const event of commitment.history) {
    if (event.type === 'renegotiated') found.push({ late: event.timing === 'late' });
    if (event.type === 'edited' && event.field === 'due' && event.from !== null && event.at > event.from) found.push({ late: true });
  }
  return found;
}

/**
 * The one bucket a commitment is in as things stand now, or null while it has not come to an
 * end (open, and not yet due or undated). A commitment is counted once, in the period holding
 * the instant that decided it:
 * - closed: when it was closed — dropped, or done late, or done by its due date (after
 *   renegotiating late, after renegotiating in time, or never moved; undated counts as kept);
 * - open past its due date: when that date passed.
 * Reopened commitments are judged by their present state only.
 */
export function reckonCommitment(commitment: Commitment, now: Date): Reckoning<Bucket> | null {
  if (commitment.status === 'open') {
    if (commitment.due !== null && Date.parse(commitment.due) < now.getTime()) return { bucket: 'overdue', at: commitment.due };
    return null;
  }
  const at = commitment.closedAt ?? commitment.updatedAt;
  if (commitment.status === 'dropped') return { bucket: 'dropped', at };
  if (commitment.due !== null && Date.parse(at) > Date.parse(commitment.due)) return { bucket: 'late', at };
  const moved = moves(commitment);
  if (moved.length === 0) return { bucket: 'kept', at };
  return { bucket: moved.some((move) => move.late) ? 'renegotiated-late' : 'renegotiated-early', at };
}

/**
 * The two-hour rule for one blocker, or null while it is open, unraised and under its
 * threshold. Counted when it was raised; unraised, when it was resolved, or — still open — when
 * the threshold passed (the threshold notice is recorded at that moment).
 */
export function reckonBlocker(blocker: Blocker): Reckoning<BlockerBucket> | null {
  const thresholdMs = blocker.thresholdMinutes * 60_000;
  if (blocker.raised) return { bucket: blocker.raised.blockedMs <= thresholdMs ? 'raised-in-time' : 'raised-late', at: blocker.raised.at };
  if (blocker.resolution) return { bucket: blocker.resolution.blockedMs >= thresholdMs ? 'never-raised' : 'solved-in-time', at: blocker.resolution.at };
  if (blocker.thresholdReachedAt !== null) return { bucket: 'never-raised', at: blocker.thresholdReachedAt };
  return null;
}
