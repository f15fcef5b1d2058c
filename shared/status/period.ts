import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, endOfWeek, format, isSameMonth, isSameYear, startOfDay, startOfWeek } from 'date-fns';
import type { Cadence } from '../domain/status-update.ts';

export interface Period {
  from: Date;
  to: Date;
}

/** The calendar day `at` falls on, in the user's zone. */
export function dayPeriod(at: Date, zone: string): Period {
  const local = new TZDate(at.getTime(), zone);
  return { from: new Date(startOfDay(local).getTime()), to: new Date(endOfDay(local).getTime()) };
}

/** The week `at` falls in, starting on Monday (1) or Sunday (0) as the user's settings say. */
export function weekPeriod(at: Date, zone: string, weekStart: 0 | 1): Period {
  const local = new TZDate(at.getTime(), zone);
  // Plain instants out: a TZDate would carry its zone into every ISO string made from it.
  return { from: new Date(startOfWeek(local, { weekStartsOn: weekStart }).getTime()), to: new Date(endOfWeek(local, { weekStartsOn: weekStart }).getTime()) };
}

/**
 * The ISO week that names a week, "2026-W48": the ISO week of its Monday, so a week starting on
 * Sunday 22 November is W48 like the Monday-start week it overlaps most.
 */
export function weekLabel(period: Period, zone: string): string {
  const start = new TZDate(period.from.getTime(), zone);
  const monday = start.getDay() === 0 ? addDays(start, 1) : start;
  return format(monday, "RRRR-'W'II");
}

function span(period: Period, zone: string): string {
  const from = new TZDate(period.from.getTime(), zone);
  const to = new TZDate(period.to.getTime(), zone);
  if (isSameMonth(from, to)) return `${format(from, 'EEE d')} – ${format(to, 'EEE d MMMM yyyy')}`;
  if (isSameYear(from, to)) return `${format(from, 'EEE d MMMM')} – ${format(to, 'EEE d MMMM yyyy')}`;
  return `${format(from, 'EEE d MMMM yyyy')} – ${format(to, 'EEE d MMMM yyyy')}`;
}

/** "Daily update — Tuesday 24 November 2026", "Weekly update — 2026-W48", "Update — since …". */
export function updateTitle(cadence: Cadence, period: Period, zone: string): { title: string; subtitle: string } {
  const from = new TZDate(period.from.getTime(), zone);
  switch (cadence) {
    case 'daily':
      return { title: `Daily update — ${format(from, 'EEEE d MMMM yyyy')}`, subtitle: format(from, 'EEEE d MMMM yyyy') };
    case 'weekly':
      return { title: `Weekly update — ${weekLabel(period, zone)}`, subtitle: span(period, zone) };
    case 'range':
      return { title: `Update — ${span(period, zone)}`, subtitle: span(period, zone) };
  }
}

/** A file name that sorts and says what it is: ownlog-weekly-2026-W48.md, ownlog-daily-2026-11-24.pdf. */
export function updateFileName(cadence: Cadence | 'checkins', period: Period, zone: string, extension: string): string {
  const from = new TZDate(period.from.getTime(), zone);
  const to = new TZDate(period.to.getTime(), zone);
  const name = {
    daily: `ownlog-daily-${format(from, 'yyyy-MM-dd')}`,
    weekly: `ownlog-weekly-${weekLabel(period, zone)}`,
    checkins: `ownlog-checkins-${weekLabel(period, zone)}`,
    range: `ownlog-update-${format(from, 'yyyy-MM-dd')}-to-${format(to, 'yyyy-MM-dd')}`,
  }[cadence];
  return `${name}.${extension}`;
}
