import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, endOfQuarter, format, isSameYear, startOfDay, startOfQuarter, startOfYear, subMonths, subQuarters, subWeeks } from 'date-fns';
import { weekPeriod, type Period } from '../status/period.ts';

/**
 * The periods the ledger is read for: a few named ones that end now, or any range of days
 * ("2026-08-01..2026-11-24", both days included, in the user's zone). A key is what the page
 * puts in its address, so a drill-down can be linked and reloaded. No zod here: the page uses it.
 */
export const PRESETS = ['last-4-weeks', 'this-quarter', 'last-quarter', 'last-6-months', 'this-year', 'last-12-months'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  'last-4-weeks': 'Last 4 weeks',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'last-6-months': 'Last 6 months',
  'this-year': 'This year',
  'last-12-months': 'Last 12 months',
};

export const DEFAULT_PRESET: Preset = 'this-quarter';

const RANGE_KEY = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
export const PERIOD_KEY = /^(last-4-weeks|this-quarter|last-quarter|last-6-months|this-year|last-12-months|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/;

/** How many weeks the trend covers: the current one and the 25 before, about six months. */
export const TREND_WEEKS = 26;

export interface LedgerPeriod extends Period {
  key: string;
  label: string;
}

export interface PeriodContext {
  now: Date;
  zone: string;
  weekStart: 0 | 1;
}

/** The key of a range of days: "2026-11-23..2026-11-29". */
export function rangeKey(fromDay: string, toDay: string): string {
  return `${fromDay}..${toDay}`;
}

export function isPreset(key: string): key is Preset {
  return (PRESETS as readonly string[]).includes(key);
}

function day(date: Date, zone: string): string {
  return format(new TZDate(date.getTime(), zone), 'yyyy-MM-dd');
}

/** "3 Aug – 24 Nov 2026", "3 Aug 2025 – 24 Nov 2026". */
export function spanLabel(period: Period, zone: string): string {
  const from = new TZDate(period.from.getTime(), zone);
  const to = new TZDate(period.to.getTime(), zone);
  return `${format(from, isSameYear(from, to) ? 'd MMM' : 'd MMM yyyy')} – ${format(to, 'd MMM yyyy')}`;
}

function quarterName(date: Date, zone: string): string {
  return format(new TZDate(date.getTime(), zone), "QQQ yyyy");
}

/** The first instant of the trend's first week: 25 weeks before the start of this one. */
export function trendStart({ now, zone, weekStart }: PeriodContext): Date {
  return weekPeriod(subWeeks(new TZDate(now.getTime(), zone), TREND_WEEKS - 1), zone, weekStart).from;
}

/**
 * The instants a key stands for, in the user's zone, or null when it names no real period
 * (a range that ends before it starts, or a day like 2026-02-30).
 */
export function resolvePeriod(key: string, context: PeriodContext): LedgerPeriod | null {
  const { now, zone, weekStart } = context;
  const local = new TZDate(now.getTime(), zone);
  const plain = (date: Date) => new Date(date.getTime());
  const upToNow = (from: Date, label: string): LedgerPeriod => ({ key, from: plain(from), to: now, label: `${label} · ${spanLabel({ from, to: now }, zone)}` });
  if (isPreset(key)) {
    switch (key) {
      case 'last-4-weeks':
        return upToNow(weekPeriod(subWeeks(local, 3), zone, weekStart).from, PRESET_LABELS[key]);
      case 'this-quarter':
        return upToNow(startOfQuarter(local), quarterName(now, zone));
      case 'last-quarter': {
        const previous = subQuarters(local, 1);
        const from = plain(startOfQuarter(previous));
        const to = plain(endOfQuarter(previous));
        return { key, from, to, label: `${quarterName(from, zone)} · ${spanLabel({ from, to }, zone)}` };
      }
      case 'last-6-months':
        return upToNow(trendStart(context), PRESET_LABELS[key]);
      case 'this-year':
        return upToNow(startOfYear(local), format(local, 'yyyy'));
      case 'last-12-months':
        return upToNow(startOfDay(addDays(subMonths(local, 12), 1)), PRESET_LABELS[key]);
    }
  }
  const range = RANGE_KEY.exec(key);
  if (!range?.[1] || !range[2]) return null;
  const from = startOfLocalDay(range[1], zone);
  const last = startOfLocalDay(range[2], zone);
  // A day that does not exist (2026-02-30) rolls over; the key must name the day it gives.
  if (Number.isNaN(from.getTime()) || Number.isNaN(last.getTime()) || day(from, zone) !== range[1] || day(last, zone) !== range[2]) return null;
  const to = endOfDay(last);
  if (from > to) return null;
  return { key, from: plain(from), to: plain(to), label: spanLabel({ from, to }, zone) };
}

/** Midnight of a day like "2026-11-24" in `zone` (never the zone the app runs in). */
function startOfLocalDay(text: string, zone: string): TZDate {
  const [year = 0, month = 1, date = 1] = text.split('-').map(Number);
  return new TZDate(year, month - 1, date, zone);
}

/** The key of the range a period covers, by its days in the user's zone. */
export function keyOfDays(period: Period, zone: string): string {
  return rangeKey(day(period.from, zone), day(period.to, zone));
}
