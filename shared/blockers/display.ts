import { TZDate, tzOffset } from '@date-fns/tz';
import { format, isSameDay, isSameYear } from 'date-fns';
import type { IsoInstant } from '../domain/time.ts';

const MINUTE = 60_000;

/** Blocked time as people read it: "< 1 min", "45 min", "2 h", "2 h 05 min". */
export function formatBlockedTime(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return '< 1 min';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** Blocked time for a tray title, where room is short: "0:45", "2:05". */
export function formatBlockedClock(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * When something happened (a blocker started, was raised), in the user's time zone as it is
 * now: "15:30" today, "Mon 23 Nov 15:30" this year, with the year otherwise. The instant is
 * stored in UTC, so a change of time zone shows it in the new zone's time. Across a daylight
 * saving change the same wall time can mean two instants (02:30 happens twice the night
 * clocks go back), so a time whose UTC offset differs from the offset now carries it:
 * "Sun 25 Oct 02:30 GMT+2".
 */
export function formatMoment(iso: IsoInstant, { now, timeZone }: { now: Date; timeZone: string }): string {
  const moment = new TZDate(iso, timeZone);
  const today = new TZDate(now.getTime(), timeZone);
  const pattern = isSameDay(moment, today) ? 'HH:mm' : isSameYear(moment, today) ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm';
  const text = format(moment, pattern);
  return tzOffset(timeZone, moment) === tzOffset(timeZone, today) ? text : `${text} ${format(moment, 'zzz')}`;
}
