import { z } from 'zod';
import { ThresholdMinutes } from './blocker.ts';
import { TimeOfDay } from './time.ts';

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()` and date-fns number them. */
export const Weekday = z.number().int().min(0).max(6);

export const Settings = z.strictObject({
  /** A due date given without a time means the end of the workday. */
  workdayStart: TimeOfDay,
  workdayEnd: TimeOfDay,
  workdays: z.array(Weekday).min(1).max(7),
  /** How long a blocker may run before the user should raise it (each blocker can differ). */
  blockerThresholdMinutes: ThresholdMinutes,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  workdayStart: '09:00',
  workdayEnd: '17:00',
  workdays: [1, 2, 3, 4, 5],
  blockerThresholdMinutes: 120,
};
