import { z } from 'zod';
import { LocalDay } from './local-day.ts';
import { RecordId } from './record-id.ts';
import { IsoInstant } from './time.ts';

export const LINE_MAX = 1000;
export const LINES_MAX = 100;

/** The lines of one part of a check-in, as the user left them: pre-filled, edited or their own. */
export const CheckInLines = z.array(z.string().trim().min(1, 'An empty line cannot be saved; remove it instead.').max(LINE_MAX)).max(LINES_MAX);

export const CheckInParts = z.strictObject({
  yesterday: CheckInLines,
  today: CheckInLines,
  blockers: CheckInLines,
  planChanges: CheckInLines,
});
export type CheckInParts = z.infer<typeof CheckInParts>;

/**
 * The daily check-in: one per day, in four parts. It is a record of that day, so it goes to the
 * archive as soon as it is saved; saving again the same day replaces it.
 */
export const CheckIn = z.strictObject({
  kind: z.literal('checkin'),
  id: RecordId,
  day: LocalDay,
  ...CheckInParts.shape,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant,
  history: z.array(z.strictObject({ type: z.literal('saved'), at: IsoInstant })).min(1),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** One check-in a day: its id says which. */
export function checkInId(day: LocalDay): string {
  return `checkin-${day}`;
}
