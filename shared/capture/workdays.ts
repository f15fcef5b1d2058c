import { TZDate } from '@date-fns/tz';
import { addDays, endOfMonth, startOfWeek } from 'date-fns';
import type { Settings } from '../domain/settings.ts';
import { parseTimeOfDay, type TimeOfDay } from '../domain/time.ts';

type WorkWeek = Pick<Settings, 'workdays'>;

/** The instant of `time` on the calendar day of `day`, in `zone`: wall-clock, DST-safe. */
export function atTimeOfDay(day: Date, time: TimeOfDay | { hours: number; minutes: number }, zone: string): TZDate {
  const local = new TZDate(day.getTime(), zone);
  const { hours, minutes } = typeof time === 'string' ? parseTimeOfDay(time) : time;
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours, minutes, 0, zone);
}

export function isWorkday(day: Date, zone: string, settings: WorkWeek): boolean {
  return settings.workdays.includes(new TZDate(day.getTime(), zone).getDay());
}

/** The last workday of the week `day` is in (weeks start on Monday). */
export function lastWorkdayOfWeek(day: Date, zone: string, settings: WorkWeek): TZDate {
  const monday = startOfWeek(new TZDate(day.getTime(), zone), { weekStartsOn: 1 });
  for (let offset = 6; offset >= 0; offset -= 1) {
    const candidate = addDays(monday, offset);
    if (isWorkday(candidate, zone, settings)) return candidate;
  }
  return addDays(monday, 4);
}

export function lastWorkdayOfMonth(day: Date, zone: string, settings: WorkWeek): TZDate {
  let candidate = endOfMonth(new TZDate(day.getTime(), zone));
  for (let step = 0; step < 7 && !isWorkday(candidate, zone, settings); step += 1) candidate = addDays(candidate, -1);
  return candidate;
}

/** The next workday on or after `day`. */
export function nextWorkday(day: Date, zone: string, settings: WorkWeek): TZDate {
  let candidate = new TZDate(day.getTime(), zone);
  for (let step = 0; step < 7 && !isWorkday(candidate, zone, settings); step += 1) candidate = addDays(candidate, 1);
  return candidate;
}

/** The end of the `count`-th workday from today (today counts if it is a workday). */
export function endOfWorkdays(now: Date, count: number, zone: string, settings: Pick<Settings, 'workdays' | 'workdayEnd'>): TZDate {
  let day = new TZDate(now.getTime(), zone);
  let seen = 0;
  for (let step = 0; step < 366; step += 1) {
    if (isWorkday(day, zone, settings)) {
      seen += 1;
      if (seen === count) break;
    }
    day = addDays(day, 1);
  }
  return atTimeOfDay(day, settings.workdayEnd, zone);
}
