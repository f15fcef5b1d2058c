import { z } from 'zod';
import { Blocker, type Heartbeat } from '../domain/blocker.ts';
import { CheckIn } from '../domain/checkin.ts';
import { Commitment } from '../domain/commitment.ts';
import { Decision } from '../domain/decision.ts';
import { Postmortem } from '../domain/postmortem.ts';
import type { ReminderLog } from '../domain/reminders.ts';
import { StatusUpdate } from '../domain/status-update.ts';
import type { Settings } from '../domain/settings.ts';
import { IsoInstant } from '../domain/time.ts';
import type { MonthKey } from './layout.ts';

/** Every kind of record the journal keeps, told apart by `kind`. */
export const JournalRecord = z.discriminatedUnion('kind', [Commitment, Blocker, CheckIn, Decision, StatusUpdate, Postmortem]);
export type JournalRecord = z.infer<typeof JournalRecord>;

/**
 * Something the store found on load that the user must hear about: a file it could not read
 * and moved aside (never deleted), records it could not understand, a layout from a newer
 * version of the app.
 */
export const StoreNotice = z.strictObject({
  at: IsoInstant,
  file: z.string(),
  problem: z.enum(['unreadable', 'invalid-records', 'newer-layout']),
  /** Where the original was kept, when it was moved or copied aside. */
  keptAt: z.string().nullable(),
  message: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

export interface LoadedJournal {
  live: JournalRecord[];
  settings: Settings;
  /** A layout newer than this app knows is read but never written, so it is not downgraded. */
  readOnly: boolean;
}

/**
 * The persistence port. Every write is durable (atomic, on disk) before the call returns;
 * a write that fails throws a `JournalError` with code 'storage' and changes nothing.
 */
/** What the journal does around moving its files from an older layout to this one. */
export interface MigrationHooks {
  /** Before the first file of the older layout is changed: take a backup to go back to. */
  before(fromVersion: number): void;
  /** The move failed part way: put every file back as the backup holds it. */
  failed(): void;
}

export interface JournalStore {
  /** Reads the journal; files in an older layout are moved to this one, between `migration`'s hooks. */
  load(migration?: MigrationHooks): LoadedJournal;
  /** What went wrong with the files so far (on load, or reading an archive later). */
  notices(): StoreNotice[];
  /** Writes a new or changed open record. */
  putLive(record: JournalRecord): void;
  /**
   * Moves a closed record out of `live` into the archive of its month. There is no moment at
   * which a crash loses it: it is marked as moving in `live` first and reconciled on load.
   */
  archive(record: JournalRecord, month: MonthKey): void;
  /**
   * Moves a record from the archive of `month` back into `live`, as `record` (reopened, or
   * restored by an undo). Crash-safe the same way as `archive`.
   */
  unarchive(record: JournalRecord, month: MonthKey): void;
  /** Deletes an open record for good (a line captured by mistake). */
  removeLive(id: string): void;
  /** Deletes a closed record for good from the archive of `month`. */
  removeArchived(id: string, month: MonthKey): void;
  /**
   * Writes many records at once (an import), one write per file touched: each record goes to
   * `live` when open and to the archive of the month it closed in otherwise, and is taken out
   * of where `from` says a record of its id was until now, when that is elsewhere (null is
   * `live`). New places are written first, so a failure part way leaves a record in two
   * places, never in none; the caller backs up first and puts the backup back on failure.
   */
  putMany(records: readonly JournalRecord[], from: ReadonlyMap<string, MonthKey | null>): void;
  readArchive(month: MonthKey): JournalRecord[];
  archiveMonths(): MonthKey[];
  /**
   * For each month with an archive, a stamp that changes whenever its file does (its size and
   * time of change), so an index can tell which months to read again without reading them.
   */
  archiveStamps(): Map<MonthKey, string>;
  /** The saved search index, or null when there is none or it cannot be read (it is then rebuilt). */
  readSearchIndex(): unknown;
  writeSearchIndex(index: Record<string, unknown>): void;
  saveSettings(settings: Settings): void;
  /** The blocker clock's last heartbeat, or null when there is none (or it cannot be read). */
  readHeartbeat(): Heartbeat | null;
  /** Rewrites the small heartbeat file (at most once a minute while a blocker runs). */
  writeHeartbeat(heartbeat: Heartbeat): void;
  /** Which reminders were already shown. */
  readReminderLog(): ReminderLog;
  writeReminderLog(log: ReminderLog): void;
}
