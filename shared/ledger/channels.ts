import { z } from 'zod';
import { Commitment } from '../domain/commitment.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { BLOCKER_BUCKETS, BUCKETS } from './buckets.ts';
import { PERIOD_KEY } from './periods.ts';

const Count = z.number().int().nonnegative();
const Rate = z.number().int().min(0).max(100);

export const BucketCounts = z.strictObject({
  kept: Count,
  'renegotiated-early': Count,
  'renegotiated-late': Count,
  late: Count,
  dropped: Count,
  overdue: Count,
});

export const BucketRates = z.strictObject({
  kept: Rate,
  'renegotiated-early': Rate,
  'renegotiated-late': Rate,
  late: Rate,
  dropped: Rate,
  overdue: Rate,
});

/** Counts and whole-percentage rates (summing to 100, or null with nothing counted). */
export const Figures = z.strictObject({
  total: Count,
  counts: BucketCounts,
  rates: BucketRates.nullable(),
  /** Kept on time plus renegotiated before due: nobody was let down. */
  onTime: z.strictObject({ count: Count, rate: Rate.nullable() }),
});
export type Figures = z.infer<typeof Figures>;

/** A person promised to, or a source; null for "nobody" (promised to yourself) or no source. */
export const Group = z.strictObject({ name: z.string().nullable(), figures: Figures });
export type Group = z.infer<typeof Group>;

export const BlockerFigures = z.strictObject({
  total: Count,
  counts: z.strictObject({ 'raised-in-time': Count, 'solved-in-time': Count, 'raised-late': Count, 'never-raised': Count }),
  rates: z.strictObject({ 'raised-in-time': Rate, 'solved-in-time': Rate, 'raised-late': Rate, 'never-raised': Rate }).nullable(),
  ruleKept: z.strictObject({ count: Count, rate: Rate.nullable() }),
  /** Raised blockers by how long they were blocked first (bins of buckets.ts RAISE_BINS). */
  timeToRaise: z.array(z.strictObject({ label: z.string(), count: Count })),
});
export type BlockerFigures = z.infer<typeof BlockerFigures>;

const PeriodKey = z.string().regex(PERIOD_KEY, 'Not a period Ownlog knows, like this-quarter or 2026-08-01..2026-11-24.');

export const PeriodView = z.strictObject({ key: z.string(), label: z.string(), from: IsoInstant, to: IsoInstant });

export const LedgerView = z.strictObject({
  period: PeriodView,
  overall: Figures,
  byPerson: z.array(Group),
  bySource: z.array(Group),
  /** Commitments with source "postmortem": the action items of postmortems. */
  postmortemActions: Figures,
  blockers: BlockerFigures,
});
export type LedgerView = z.infer<typeof LedgerView>;

export const TrendWeek = z.strictObject({
  /** The period key of the week, for its drill-down: "2026-11-23..2026-11-29". */
  key: z.string(),
  /** The week's first day as people read it: "23 Nov". */
  label: z.string(),
  /** ISO week: "2026-W48". */
  week: z.string(),
  counts: BucketCounts,
  total: Count,
  onTimeRate: Rate.nullable(),
});
export type TrendWeek = z.infer<typeof TrendWeek>;

export const LedgerTrend = z.strictObject({ weeks: z.array(TrendWeek) });
export type LedgerTrend = z.infer<typeof LedgerTrend>;

/** Which commitments a figure counts: a bucket (or all, or the on-time ones), maybe of one person or source. */
export const FigureQuery = z.strictObject({
  period: PeriodKey,
  bucket: z.enum([...BUCKETS, 'all', 'on-time']),
  by: z.enum(['person', 'source']).optional(),
  /** The person or source; null for nobody / no source. Only with `by`. */
  value: z.string().max(200).nullable().optional(),
});
export type FigureQuery = z.infer<typeof FigureQuery>;

export const LedgerItem = z.strictObject({
  commitment: Commitment,
  /** The archive month of a closed commitment (its detail is at #/closed/<month>/<id>); null while open. */
  month: z.string().nullable(),
  bucket: z.enum(BUCKETS),
  at: IsoInstant,
});
export type LedgerItem = z.infer<typeof LedgerItem>;

export const BlockerFigureQuery = z.strictObject({
  period: PeriodKey,
  bucket: z.enum([...BLOCKER_BUCKETS, 'all', 'rule-kept']).optional(),
  /** A bin of time-to-raise (index into RAISE_BINS). */
  bin: z.number().int().nonnegative().optional(),
});
export type BlockerFigureQuery = z.infer<typeof BlockerFigureQuery>;

export const LedgerBlockerItem = z.strictObject({
  id: z.string(),
  what: z.string(),
  bucket: z.enum(BLOCKER_BUCKETS),
  at: IsoInstant,
  /** Blocked time when raised, or in all when resolved unraised, or the threshold for an open one past it. */
  blockedMs: Count,
  thresholdMinutes: Count,
  raisedTo: z.string().nullable(),
  open: z.boolean(),
});
export type LedgerBlockerItem = z.infer<typeof LedgerBlockerItem>;

export const ledgerChannels = {
  /** How commitments ended in a period, in total, per person and per source, and the two-hour rule. */
  'ownlog:ledger-view': { request: z.strictObject({ period: PeriodKey }), response: LedgerView },
  /** The same buckets week by week over the last six months, for the chart. */
  'ownlog:ledger-trend': { request: z.strictObject({}), response: LedgerTrend },
  /** The commitments behind one figure. */
  'ownlog:ledger-commitments': {
    request: FigureQuery,
    response: z.strictObject({ period: PeriodView, items: z.array(LedgerItem) }),
  },
  /** The blockers behind one figure of the two-hour rule. */
  'ownlog:ledger-blockers': {
    request: BlockerFigureQuery,
    response: z.strictObject({ period: PeriodView, items: z.array(LedgerBlockerItem) }),
  },
} as const satisfies ChannelTable;
