import { subDays } from 'date-fns';
import { savedCheckInFor } from '../checkin/commands.ts';
import { localDayOf } from '../checkin/days.ts';
import type { ReminderLog } from '../domain/reminders.ts';
import { toIso } from '../domain/time.ts';
import { ofKind, recordsSince, type JournalContext } from '../journal-context.ts';
import { weekPeriod } from '../status/period.ts';
import { dueNotices, type Notice } from './notices.ts';

export interface DueNotices {
  notices: Notice[];
  /** When to look again at the latest: the next moment something could become due. */
  nextAt: Date | null;
}

/** Keeps the log small: a reminder older than this can never be due again. */
const LOG_DAYS = 30;

/**
 * The notifications due now. Each is written to the reminder log before it is returned, so the
 * shell shows it once — not again after a crash, a restart or the machine waking.
 */
export function takeDueNotices(context: JournalContext): DueNotices {
  const now = context.clock.now();
  const zone = context.clock.timeZone();
  const delivered = context.store.readReminderLog();
  const week = weekPeriod(now, zone, context.settings.weekStart);
  const weeklySent = ofKind(recordsSince(context, week.from), 'status-update').some(
    (update) => update.cadence === 'weekly' && update.sentAt !== null && update.from === toIso(week.from),
  );
  const { notices, nextAt } = dueNotices({
    now,
    zone,
    settings: context.settings,
    delivered,
    open: ofKind(context.live.values(), 'commitment').filter((commitment) => commitment.status === 'open'),
    checkedInToday: savedCheckInFor(context, localDayOf(now, zone)) !== null,
    weeklySent,
  });
  if (context.readOnly) return { notices: [], nextAt };
  if (notices.length > 0) {
    const cutoff = toIso(subDays(now, LOG_DAYS));
    const kept = Object.entries(delivered.delivered).filter(([, at]) => at >= cutoff);
    const shown = notices.flatMap((notice) => notice.keys).map((key) => [key, toIso(now)] as const);
    const log: ReminderLog = { delivered: { ...Object.fromEntries(kept), ...Object.fromEntries(shown) } };
    context.store.writeReminderLog(log);
  }
  return { notices, nextAt };
}
