import { isWorkday } from '../capture/workdays.ts';
import { atTimeOfDay } from '../capture/workdays.ts';
import type { Settings } from '../domain/settings.ts';
import { addDays } from 'date-fns';

type WorkWeek = Pick<Settings, 'workdays' | 'workdayStart' | 'workdayEnd'>;

/** Within the user's work hours: a workday, between the start and the end of the workday. */
export function inWorkHours(now: Date, zone: string, settings: WorkWeek): boolean {
  if (!isWorkday(now, zone, settings)) return false;
  return now >= atTimeOfDay(now, settings.workdayStart, zone) && now < atTimeOfDay(now, settings.workdayEnd, zone);
}

/** When work hours next begin (now, if they already have). */
export function nextWorkStart(now: Date, zone: string, settings: WorkWeek): Date {
  if (inWorkHours(now, zone, settings)) return now;
  for (let offset = 0; offset <= 7; offset += 1) {
    const start = atTimeOfDay(addDays(now, offset), settings.workdayStart, zone);
    if (start > now && isWorkday(start, zone, settings)) return start;
  }
  return addDays(now, 1);
}
