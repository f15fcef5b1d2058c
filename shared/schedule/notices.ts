import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { atTimeOfDay } from '../capture/workdays.ts';
import { formatWhen } from '../commitments/drafts.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { ReminderLog } from '../domain/reminders.ts';
import type { Settings } from '../domain/settings.ts';
import { weekLabel, weekPeriod } from '../status/period.ts';
import { checkInReminder } from './checkin-reminder.ts';
import { inWorkHours, nextWorkStart } from './work-hours.ts';

export type NoticeKind = 'checkin' | 'weekly-update' | 'due-soon' | 'overdue';

/** A notification to show: what it says, and where a click on it takes the user. */
export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
  /** The route a click opens. */
  route: string;
  /** The window it opens in. */
  window: 'main' | 'checkin';
  /** The reminders it stands for, recorded as shown so that none is shown twice. */
  keys: string[];
  /** The check-in window opens by itself too (without taking the focus). */
  opensWindow: boolean;
}

export interface ScheduleInput {
  now: Date;
  zone: string;
  settings: Settings;
  delivered: ReminderLog;
  open: Commitment[];
  checkedInToday: boolean;
  /** This week's update was already marked sent: no reminder to write it. */
  weeklySent: boolean;
}

const HOUR = 60 * 60 * 1000;

function dueNoticeFor(kind: 'due-soon' | 'overdue', items: Commitment[], zone: string): Notice {
  const keys = items.map((commitment) => `${kind}:${commitment.id}:${commitment.due ?? ''}`);
  const [only] = items;
  if (items.length === 1 && only) {
    const when = formatWhen(only.due ?? '', zone);
    return {
      kind,
      title: kind === 'overdue' ? `Overdue: ${only.title}` : `Due soon: ${only.title}`,
      body: `${kind === 'overdue' ? 'It was due' : 'Due'} ${when}${only.promisedTo ? ` to ${only.promisedTo}` : ''}. Renegotiate now if it will not make it.`,
      route: `/commitment/${only.id}`,
      window: 'main',
      keys,
      opensWindow: false,
    };
  }
  // A burst collapses into one notification: nobody reads five in a row.
  return {
    kind,
    title: kind === 'overdue' ? `${String(items.length)} commitments are overdue` : `${String(items.length)} commitments are due soon`,
    body: items.map((commitment) => commitment.title).join(' · '),
    route: '/',
    window: 'main',
    keys,
    opensWindow: false,
  };
}

/**
 * How late a reminder at a time the user chose still counts as on time: the scheduler looks at
 * least once a minute, so one shown later than this was missed (the machine slept, the app was
 * not running) and is delivered late.
 */
const ON_TIME_MS = 5 * 60 * 1000;

/**
 * The notifications due now, and when to look again at the latest. Each kind can be switched
 * off; due-soon and overdue reminders wait for work hours; reminders at a time the user chose
 * — the check-in, the weekly update — come at that time, even outside work hours, but one
 * delivered late (after a sleep, or a start in the evening) waits for work hours too, while it
 * is still its day or week; a reminder already shown is never shown again; several of a kind
 * due at once become one.
 */
export function dueNotices({ now, zone, settings, delivered, open, checkedInToday, weeklySent }: ScheduleInput): { notices: Notice[]; nextAt: Date | null } {
  const notices: Notice[] = [];
  const candidates: Date[] = [];
  const shown = (key: string) => delivered.delivered[key] !== undefined;
  const working = inWorkHours(now, zone, settings);
  const late = (at: Date) => now.getTime() - at.getTime() >= ON_TIME_MS;
  let held = false;

  if (settings.notifications.checkIn) {
    const { due, next } = checkInReminder({ now, zone, settings, delivered, checkedInToday });
    if (due && !working && late(atTimeOfDay(now, settings.checkInTime, zone))) held = true;
    else if (due) {
      notices.push({
        kind: 'checkin',
        title: 'Time to check in',
        body: 'Yesterday, today, blockers, changes in plan — pre-filled from your journal.',
        route: '/checkin',
        window: 'checkin',
        keys: [due.key],
        opensWindow: due.opensWindow,
      });
    }
    if (next) candidates.push(next);
  }

  if (settings.notifications.weeklyUpdate) {
    const key = `weekly:${weekLabel(weekPeriod(now, zone, settings.weekStart), zone)}`;
    const local = new TZDate(now.getTime(), zone);
    const at = atTimeOfDay(now, settings.weeklyUpdate.time, zone);
    const due = local.getDay() === settings.weeklyUpdate.day && now >= at && !shown(key) && !weeklySent;
    if (due && !working && late(at)) held = true;
    else if (due) {
      notices.push({ kind: 'weekly-update', title: 'Time for the weekly update', body: 'It is drafted from your journal: progress, decisions, blockers and risks. Edit it and send it.', route: '/status', window: 'main', keys: [key], opensWindow: false });
    }
    for (let offset = 0; offset <= 7; offset += 1) {
      const day = addDays(local, offset);
      const next = atTimeOfDay(day, settings.weeklyUpdate.time, zone);
      if (day.getDay() === settings.weeklyUpdate.day && next > now) {
        candidates.push(next);
        break;
      }
    }
  }

  const overdue: Commitment[] = [];
  const dueSoon: Commitment[] = [];
  for (const commitment of open) {
    if (commitment.due === null) continue;
    const due = Date.parse(commitment.due);
    const soonFrom = due - settings.dueSoonHours * HOUR;
    if (due <= now.getTime()) {
      if (settings.notifications.overdue && !shown(`overdue:${commitment.id}:${commitment.due}`)) overdue.push(commitment);
    } else {
      candidates.push(new Date(due));
      if (soonFrom <= now.getTime()) {
        if (settings.notifications.dueSoon && !shown(`due-soon:${commitment.id}:${commitment.due}`)) dueSoon.push(commitment);
      } else {
        candidates.push(new Date(soonFrom));
      }
    }
  }
  const waiting = held || overdue.length + dueSoon.length > 0;
  if (working) {
    if (overdue.length > 0) notices.push(dueNoticeFor('overdue', overdue, zone));
    if (dueSoon.length > 0) notices.push(dueNoticeFor('due-soon', dueSoon, zone));
  } else if (waiting) {
    candidates.push(nextWorkStart(now, zone, settings));
  }

  const future = candidates.filter((candidate) => candidate > now).sort((a, b) => a.getTime() - b.getTime());
  return { notices, nextAt: future[0] ?? null };
}
