import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';
import { isWorkday } from '../capture/workdays.ts';
import type { LocalDay } from '../domain/local-day.ts';
import type { Settings } from '../domain/settings.ts';

/** The calendar day an instant falls on in the user's zone: "2026-11-24". */
export function localDayOf(instant: Date, zone: string): LocalDay {
  return format(new TZDate(instant.getTime(), zone), 'yyyy-MM-dd');
}

/** The start of the workday before today: on a Monday, Friday's. */
export function previousWorkdayStart(now: Date, zone: string, settings: Pick<Settings, 'workdays'>): Date {
  let day: Date = addDays(startOfDay(new TZDate(now.getTime(), zone)), -1);
  for (let step = 0; step < 7 && !isWorkday(day, zone, settings); step += 1) day = addDays(day, -1);
  return day;
}
