import type { IsoInstant } from '../domain/time.ts';

/**
 * How the journal is laid out on disk. Every write stays small however old the journal is and
 * however many loops are open: open records are spread over `OPEN_SHARDS` files `open-NN` by
 * their id, closed ones are in the archive of the month they closed in, read only when a query
 * needs that month, and `live` holds only the moves between them in progress.
 *
 * Layout 1 kept every open record in `live`; a journal in it is moved to layout 2 on load.
 */
export const LAYOUT_VERSION = 2;

/**
 * How many files the open records are spread over. A write rewrites one of them, so its cost
 * follows the records in it: with 1,000 open, 64 files of about 16 records each keep a write
 * small, and reading 64 files at start stays cheap (see tests/bench).
 */
export const OPEN_SHARDS = 64;

export const FILES = {
  layout: 'layout',
  settings: 'settings',
  live: 'live',
  /** The blocker clock's heartbeat: rewritten often, so kept apart from the records. */
  heartbeat: 'blocker-heartbeat',
  /** Reminders already shown, so none is shown twice. */
  reminders: 'reminders',
  /**
   * The full-text search index, kept so a search after start does not read ten years of
   * archives. Made from the records, so it is never backed up and is rebuilt if unreadable.
   */
  searchIndex: 'search-index',
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

/** The file an open record is kept in: FNV-1a of its id, so it never moves while open. */
export function openFileOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `open-${(hash % OPEN_SHARDS).toString().padStart(2, '0')}`;
}

/** Whether a file name (without `.json`) is one of the files of open records. */
export function isOpenFile(name: string): boolean {
  const shard = /^open-(\d{2})$/.exec(name)?.[1];
  return shard !== undefined && Number(shard) < OPEN_SHARDS;
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
