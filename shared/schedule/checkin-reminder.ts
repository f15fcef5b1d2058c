import { addDays } from 'date-fns';
import { atTimeOfDay, isWorkday } from '../capture/workdays.ts';
import { localDayOf } from '../checkin/days.ts';
import type { LocalDay } from '../domain/local-day.ts';
import type { ReminderLog } from '../domain/reminders.ts';
import type { Settings } from '../domain/settings.ts';

export interface CheckInReminder {
  /** Which reminder this is, so it is shown once: "checkin:2026-11-24". */
  key: string;
  day: LocalDay;
  /** The user asked for the check-in window to open by itself (without taking the focus). */
  opensWindow: boolean;
}

export interface CheckInReminderContext {
  now: Date;
  zone: string;
  settings: Pick<Settings, 'checkInTime' | 'workdays' | 'checkInOpensItself'>;
  delivered: ReminderLog;
  /** Today's check-in is already saved: nothing to remind of. */
  checkedInToday: boolean;
}

export function checkInReminderKey(day: LocalDay): string {
  return `checkin:${day}`;
}

/**
 * Whether to remind of the check-in now, and when the next reminder could be due. A reminder
 * belongs to its day: one the machine slept through is dropped, not delivered late; one already
 * shown is never shown again; none comes on a day that is not a workday.
 */
export function checkInReminder({ now, zone, settings, delivered, checkedInToday }: CheckInReminderContext): { due: CheckInReminder | null; next: Date | null } {
  const day = localDayOf(now, zone);
  const todayAt = atTimeOfDay(now, settings.checkInTime, zone);
  const tomorrow = atTimeOfDay(addDays(todayAt, 1), '00:00', zone);
  const key = checkInReminderKey(day);
  const due =
    isWorkday(now, zone, settings) && now >= todayAt && now < tomorrow && !checkedInToday && delivered.delivered[key] === undefined
      ? { key, day, opensWindow: settings.checkInOpensItself }
      : null;

  let next: Date | null = null;
  for (let offset = 0; offset <= 7 && next === null; offset += 1) {
    const candidate = atTimeOfDay(addDays(todayAt, offset), settings.checkInTime, zone);
    if (candidate > now && isWorkday(candidate, zone, settings)) next = candidate;
  }
  return { due, next };
}
