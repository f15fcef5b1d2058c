import type { IsoInstant } from '../domain/time.ts';

/**
 * How the journal is laid out on disk. Every write stays small however old the journal is:
 * open records live in `live`, closed ones in the archive of the month they closed in, read
 * only when a query needs that month.
 */
export const LAYOUT_VERSION = 1;

export const FILES = {
  layout: 'layout',
  settings: 'settings',
  live: 'live',
  /** The blocker clock's heartbeat: rewritten often, so kept apart from the records. */
  heartbeat: 'blocker-heartbeat',
  /** Reminders already shown, so none is shown twice. */
  reminders: 'reminders',
} as const;

/** "2026-11": the UTC month an instant falls in, which names its archive. */
export type MonthKey = string;

export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(instant: IsoInstant): MonthKey {
  return instant.slice(0, 7);
}

export function archiveFile(month: MonthKey): string {
  return `archive-${month}`;
}

export function monthOfArchiveFile(name: string): MonthKey | null {
  const month = /^archive-(\d{4}-\d{2})$/.exec(name)?.[1];
  return month !== undefined && MONTH_KEY.test(month) ? month : null;
}

/** The UTC months an interval touches, which name the archives it needs. */
export function monthsBetween(from: string, to: string): MonthKey[] {
  const months: MonthKey[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastYear = Number(to.slice(0, 4));
  const lastMonth = Number(to.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year)}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
