import { z } from 'zod';

/**
 * An instant as it travels and is stored: ISO 8601 in UTC with milliseconds ("…Z").
 * One spelling only, so records compare and sort as strings and never carry a stray offset.
 */
export const IsoInstant = z.iso.datetime({ offset: false, precision: 3 });
export type IsoInstant = z.infer<typeof IsoInstant>;

export function toIso(date: Date): IsoInstant {
  // A TZDate's own toISOString() writes its zone's offset; the stored form is always UTC.
  return new Date(date.getTime()).toISOString();
}

/** "HH:mm", 24-hour: a time of day as settings hold it. */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 17:00.');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

export function parseTimeOfDay(value: TimeOfDay): { hours: number; minutes: number } {
  const [hours = 0, minutes = 0] = value.split(':').map(Number);
  return { hours, minutes };
}
