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
