import { subDays } from 'date-fns';
import { savedCheckInFor } from '../checkin/commands.ts';
import { localDayOf } from '../checkin/days.ts';
import type { ReminderLog } from '../domain/reminders.ts';
import { toIso } from '../domain/time.ts';
import type { JournalContext } from '../journal-context.ts';
import { checkInReminder, type CheckInReminder } from './checkin-reminder.ts';

export interface DueReminders {
  checkIn: CheckInReminder | null;
  /** When to ask again at the latest: the next reminder's time. */
  nextAt: Date | null;
}

/** Keeps the log small: a reminder older than this can never be due again. */
const LOG_DAYS = 30;

/**
 * The reminders due now. Each is written to the reminder log before it is returned, so the
 * shell shows it once — not again after a crash, a restart or the machine waking.
 */
export function dueReminders(context: JournalContext): DueReminders {
  const now = context.clock.now();
  const zone = context.clock.timeZone();
  const delivered = context.store.readReminderLog();
  const checkedInToday = savedCheckInFor(context, localDayOf(now, zone)) !== null;
  const { due, next } = checkInReminder({ now, zone, settings: context.settings, delivered, checkedInToday });
  if (due && !context.readOnly) {
    const cutoff = toIso(subDays(now, LOG_DAYS));
    const kept = Object.entries(delivered.delivered).filter(([, at]) => at >= cutoff);
    const log: ReminderLog = { delivered: { ...Object.fromEntries(kept), [due.key]: toIso(now) } };
    context.store.writeReminderLog(log);
  }
  return { checkIn: context.readOnly ? null : due, nextAt: next };
}
