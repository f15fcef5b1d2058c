import { z } from 'zod';
import { OwnershipLevel } from './commitment.ts';
import { ThresholdMinutes } from './blocker.ts';
import { TimeOfDay } from './time.ts';

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()` and date-fns number them. */
export const Weekday = z.number().int().min(0).max(6);

export const Settings = z.strictObject({
  /** A due date given without a time means the end of the workday. */
  workdayStart: TimeOfDay,
  workdayEnd: TimeOfDay,
  workdays: z.array(Weekday).min(1).max(7),
  /** How close to its due date a commitment is flagged for renegotiation. */
  dueSoonHours: z.number().int().min(1).max(24 * 14),
  /** An open commitment untouched this long is aging: the kind that erodes trust silently. */
  agingDays: z.number().int().min(1).max(365),
  /** The overcommit check: at most this many open commitments due within that many workdays. */
  capacity: z.strictObject({
    maxOpen: z.number().int().min(1).max(100),
    withinWorkdays: z.number().int().min(1).max(30),
  }),
  /** The "definition of shipped" a commitment's checklist starts from. */
  shippedChecklist: z.array(z.string().trim().min(1).max(200)).max(30),
  defaultOwnership: OwnershipLevel,
  /** How long a blocker may run before the user should raise it (each blocker can differ). */
  blockerThresholdMinutes: ThresholdMinutes,
  /** When the daily check-in reminder comes, on workdays. */
  checkInTime: TimeOfDay,
  /** Open the check-in window by itself at that time (never taking the focus), not only remind. */
  checkInOpensItself: z.boolean(),
  /** The first day of the week for weekly updates: 1 Monday, 0 Sunday. */
  weekStart: z.union([z.literal(0), z.literal(1)]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  workdayStart: '09:00',
  workdayEnd: '17:00',
  workdays: [1, 2, 3, 4, 5],
  dueSoonHours: 24,
  agingDays: 7,
  capacity: { maxOpen: 5, withinWorkdays: 3 },
  shippedChecklist: [
    'Tests cover the change',
    'Monitoring shows it working',
    'An alert for the worst failure',
    'A runbook for when it breaks',
    'A note on why it was built this way',
    'The team knows what to watch',
  ],
  defaultOwnership: 3,
  blockerThresholdMinutes: 120,
  checkInTime: '09:30',
  checkInOpensItself: false,
  weekStart: 1,
};
