import type { Blocker } from '../domain/blocker.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { Period } from '../status/period.ts';
import { BLOCKER_BUCKETS, BUCKETS, ON_TIME_BUCKETS, RAISE_BINS, raiseBinOf, RULE_KEPT_BUCKETS, type BlockerBucket, type Bucket } from './buckets.ts';
import type { BlockerFigures, Figures, Group } from './channels.ts';
import { wholePercentages, zeroCounts } from './figures.ts';
import { reckonBlocker, reckonCommitment, type Reckoning } from './reckon.ts';

export interface Reckoned {
  commitment: Commitment;
  reckoning: Reckoning<Bucket>;
}

export interface ReckonedBlocker {
  blocker: Blocker;
  reckoning: Reckoning<BlockerBucket>;
}

function within(iso: string, period: Period): boolean {
  const at = Date.parse(iso);
  return at >= period.from.getTime() && at <= period.to.getTime();
}

/** The commitments decided in the period, each with its one bucket. */
export function reckonedIn(commitments: Iterable<Commitment>, period: Period, now: Date): Reckoned[] {
  const found: Reckoned[] = [];
  const seen = new Set<string>();
  for (const commitment of commitments) {
    if (seen.has(commitment.id)) continue;
    seen.add(commitment.id);
    const reckoning = reckonCommitment(commitment, now);
    if (reckoning && within(reckoning.at, period)) found.push({ commitment, reckoning });
  }
  return found;
}

export function blockersReckonedIn(blockers: Iterable<Blocker>, period: Period): ReckonedBlocker[] {
  const found: ReckonedBlocker[] = [];
  for (const blocker of blockers) {
    const reckoning = reckonBlocker(blocker);
    if (reckoning && within(reckoning.at, period)) found.push({ blocker, reckoning });
  }
  return found;
}

/** Counts per bucket, rates that sum to 100 %, and the on-time share (the sum of its buckets' rates). */
export function figuresOf(buckets: Iterable<Bucket>): Figures {
  const counts = zeroCounts(BUCKETS);
  for (const bucket of buckets) counts[bucket] += 1;
  const total = BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0);
  const rates = wholePercentages(counts, BUCKETS);
  const onTimeCount = ON_TIME_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0);
  // The sum of the shown rates, so the headline never disagrees with the rows below it.
  const onTimeRate = rates === null ? null : ON_TIME_BUCKETS.reduce((sum, bucket) => sum + rates[bucket], 0);
  return { total, counts, rates, onTime: { count: onTimeCount, rate: onTimeRate } };
}

/** Figures per person promised to, or per source: the biggest groups first, "nobody" last. */
export function groupsOf(reckoned: Reckoned[], key: (commitment: Commitment) => string | null): Group[] {
  const groups = new Map<string | null, Bucket[]>();
  for (const { commitment, reckoning } of reckoned) {
    const name = key(commitment);
    groups.set(name, [...(groups.get(name) ?? []), reckoning.bucket]);
  }
  return [...groups]
    .map(([name, buckets]) => ({ name, figures: figuresOf(buckets) }))
    .sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.figures.total - a.figures.total || (a.name ?? '').localeCompare(b.name ?? ''));
}

export function blockerFiguresOf(reckoned: ReckonedBlocker[]): BlockerFigures {
  const counts = zeroCounts(BLOCKER_BUCKETS);
  const bins = RAISE_BINS.map((bin) => ({ label: bin.label, count: 0 }));
  for (const { blocker, reckoning } of reckoned) {
    counts[reckoning.bucket] += 1;
    const bin = blocker.raised ? bins[raiseBinOf(blocker.raised.blockedMs)] : undefined;
    if (bin) bin.count += 1;
  }
  const rates = wholePercentages(counts, BLOCKER_BUCKETS);
  return {
    total: reckoned.length,
    counts,
    rates,
    ruleKept: {
      count: RULE_KEPT_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0),
      rate: rates === null ? null : RULE_KEPT_BUCKETS.reduce((sum, bucket) => sum + rates[bucket], 0),
    },
    timeToRaise: bins,
  };
}
