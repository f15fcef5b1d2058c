/**
 * How a promise ended, and how a blocker was raised: the buckets of the ledger, with the words
 * the page shows for them. No zod here: the page imports it.
 */

/**
 * The six ends a commitment can come to. Each commitment the ledger counts is in exactly one,
 * tried in this order: dropped; still open past its due date; done after its due date; done by
 * its due date after a renegotiation asked late; done by its due date after renegotiations all
 * asked in time; done by its due date (or undated) and never moved.
 */
export const BUCKETS = ['kept', 'renegotiated-early', 'renegotiated-late', 'late', 'dropped', 'overdue'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const BUCKET_LABELS: Record<Bucket, string> = {
  kept: 'Kept on time',
  'renegotiated-early': 'Renegotiated before due',
  'renegotiated-late': 'Renegotiated late',
  late: 'Done late',
  dropped: 'Dropped with a note',
  overdue: 'Still open past due',
};

export const BUCKET_HINTS: Record<Bucket, string> = {
  kept: 'Done by the date promised, or done with no date, never moved.',
  'renegotiated-early': 'Moved with a message before the old date passed, then done by the new one.',
  'renegotiated-late': 'Moved after the old date had passed, then done by the new one.',
  late: 'Done after the date last promised.',
  dropped: 'Ended honestly, with a note to the person.',
  overdue: 'Came due and is not closed yet.',
};

/** The ends where nobody was let down: what the headline "on time" rate counts. */
export const ON_TIME_BUCKETS: readonly Bucket[] = ['kept', 'renegotiated-early'];

/**
 * The two-hour rule, blocker by blocker: raised within its threshold, raised after it, never
 * raised although the threshold passed, or solved alone before the threshold (the rule kept
 * without needing anyone).
 */
export const BLOCKER_BUCKETS = ['raised-in-time', 'solved-in-time', 'raised-late', 'never-raised'] as const;
export type BlockerBucket = (typeof BLOCKER_BUCKETS)[number];

export const BLOCKER_BUCKET_LABELS: Record<BlockerBucket, string> = {
  'raised-in-time': 'Raised within the threshold',
  'solved-in-time': 'Solved before the threshold',
  'raised-late': 'Raised late',
  'never-raised': 'Never raised',
};

/** The buckets in which the two-hour rule was kept. */
export const RULE_KEPT_BUCKETS: readonly BlockerBucket[] = ['raised-in-time', 'solved-in-time'];

/** Time blocked before raising, in bins people read at a glance. */
export const RAISE_BINS = [
  { label: 'under 30 min', fromMinutes: 0 },
  { label: '30 min – 1 h', fromMinutes: 30 },
  { label: '1–2 h', fromMinutes: 60 },
  { label: '2–4 h', fromMinutes: 120 },
  { label: '4 h or more', fromMinutes: 240 },
] as const;

export function raiseBinOf(blockedMs: number): number {
  const minutes = blockedMs / 60_000;
  let bin = 0;
  RAISE_BINS.forEach((candidate, index) => {
    if (minutes >= candidate.fromMinutes) bin = index;
  });
  return bin;
}

export function isBucket(value: string): value is Bucket {
  return (BUCKETS as readonly string[]).includes(value);
}

export function isBlockerBucket(value: string): value is BlockerBucket {
  return (BLOCKER_BUCKETS as readonly string[]).includes(value);
}
