import { z } from 'zod';
import { IsoInstant } from './time.ts';

/**
 * The reminders already shown, by key ("checkin:2026-11-24"), so that none is shown twice —
 * not after a restart, not after the machine wakes. Kept in a small file of its own.
 */
export const ReminderLog = z.strictObject({
  delivered: z.record(z.string().max(200), IsoInstant),
});
export type ReminderLog = z.infer<typeof ReminderLog>;
