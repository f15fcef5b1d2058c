import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Heartbeat } from '../domain/blocker.ts';
import { RecordId } from '../domain/record-id.ts';
import { ReminderLog } from '../domain/reminders.ts';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import {
  archiveFile,
  FILES,
  LAYOUT_VERSION,
  MONTH_KEY,
  monthOf,
  monthOfArchiveFile,
  type MonthKey,
} from '../store/layout.ts';
import {
  JournalRecord,
  type JournalStore,
  type LoadedJournal,
  type StoreNotice,
} from '../store/port.ts';
import type { Clock } from '../ports.ts';
import type { OpenStoreFile, StoreFile } from './store-files.ts';

/** A move between `live` and an archive that was started and must be finished on load. */
const PendingMove = z.strictObject({ op: z.enum(['archive', 'unarchive']), month: z.string().regex(MONTH_KEY) });

const LiveFile = z.strictObject({
  records: z.record(z.string(), z.unknown()),
  pending: z.record(RecordId, PendingMove),
});
// A type, not an interface: it is written as a conf store, which is a string-keyed record.
type LiveFile = { records: Record<string, JournalRecord>; pending: Record<string, z.infer<typeof PendingMove>> };

const LayoutFile = z.looseObject({ version: z.number().int().positive() });

/**
 * The journal on disk, in conf files: `layout` (the layout version), `settings`, `live` (open
 * records and moves in progress) and `archive-YYYY-MM` (records closed that month, read only
 * when asked). Nothing is ever deleted: a file that cannot be read is moved aside and the
 * user is told where it went.
 */
export function createConfJournalStore(open: OpenStoreFile, clock: Pick<Clock, 'now'>): JournalStore {
  const live = open(FILES.live);
  const heartbeatFile = open(FILES.heartbeat);
  const dir = path.dirname(live.path);
  const archives = new Map<MonthKey, StoreFile>();
  const notices: StoreNotice[] = [];
  let liveState: LiveFile = { records: {}, pending: {} };
  let readOnly = false;

  function archiveStore(month: MonthKey): StoreFile {
    let file = archives.get(month);
    if (!file) {
      file = open(archiveFile(month));
      archives.set(month, file);
    }
    return file;
  }

  function notify(notice: Omit<StoreNotice, 'at'>): void {
    notices.push({ at: toIso(clock.now()), ...notice });
  }

  /** Reads a file; one that cannot be parsed is moved aside (never deleted) and read as empty. */
  function readOrSetAside(file: StoreFile, label: string): Record<string, unknown> {
    try {
      return file.store;
    } catch (error) {
      const keptAt = keepAside(file.path, 'unreadable', 'move', clock.now());
      notify({
        file: file.path,
        problem: 'unreadable',
        keptAt,
        message: `Ownlog could not read ${label}: ${unreadableBecause(error)}. The file was moved to ${keptAt} — nothing in it was deleted — and Ownlog started without it.`,
      });
      return {};
    }
  }

  /** Keeps a copy of a file whose content is not understood, and tells the user where. */
  function keepInvalidCopy(file: StoreFile, message: (keptAt: string) => string): void {
    const keptAt = keepAside(file.path, 'invalid', 'copy', clock.now());
    notify({ file: file.path, problem: 'invalid-records', keptAt, message: message(keptAt) });
  }

  function write(file: StoreFile, value: Record<string, unknown>): void {
    if (readOnly) {
      throw new JournalError('read-only', 'This journal was saved by a newer version of Ownlog, so this version only reads it.');
    }
    try {
      file.store = value;
    } catch (error) {
      throw new JournalError('storage', `Ownlog could not save to ${file.path}: ${reason(error)}. Nothing was changed.`, { cause: error });
    }
  }

  /** Validates records one by one; if any is not understood, a copy of the file is kept. */
  function validRecords(raw: Record<string, unknown>, file: StoreFile, label: string): Record<string, JournalRecord> {
    const records: Record<string, JournalRecord> = {};
    let invalid = 0;
    for (const [id, value] of Object.entries(raw)) {
      const parsed = JournalRecord.safeParse(value);
      if (parsed.success && parsed.data.id === id) records[id] = parsed.data;
      else invalid += 1;
    }
    if (invalid > 0) {
      const keptAt = keepAside(file.path, 'invalid', 'copy', clock.now());
      notify({
        file: file.path,
        problem: 'invalid-records',
        keptAt,
        message: `${invalid} ${invalid === 1 ? 'record' : 'records'} in ${label} could not be read and ${invalid === 1 ? 'is' : 'are'} not shown. A copy of the whole file is kept at ${keptAt}.`,
      });
    }
    return records;
  }

  function loadLayout(): void {
    const file = open(FILES.layout);
    const parsed = LayoutFile.safeParse(readOrSetAside(file, 'the layout file'));
    const version = parsed.success ? parsed.data.version : null;
    if (version !== null && version > LAYOUT_VERSION) {
      readOnly = true;
      notify({
        file: file.path,
        problem: 'newer-layout',
        keptAt: null,
        message: `This journal was saved by a newer version of Ownlog (layout ${version}; this version knows up to ${LAYOUT_VERSION}). It is shown read-only so nothing is downgraded. Update Ownlog to make changes.`,
      });
      return;
    }
    if (version === null) write(file, { version: LAYOUT_VERSION });
  }

  function loadSettings(): Settings {
    const file = open(FILES.settings);
    const stored = readOrSetAside(file, 'your settings');
    // Settings added by a later version start at their defaults.
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    if (parsed.success) return parsed.data;
    keepInvalidCopy(file, (keptAt) => `Some settings could not be read, so the defaults are used. Your old settings file is kept at ${keptAt}.`);
    return DEFAULT_SETTINGS;
  }

  function loadLive(): void {
    const raw = readOrSetAside(live, 'your open commitments');
    const shape = LiveFile.safeParse(Object.keys(raw).length === 0 ? { records: {}, pending: {} } : raw);
    if (!shape.success) {
      const keptAt = keepAside(live.path, 'unreadable', 'move', clock.now());
      notify({
        file: live.path,
        problem: 'unreadable',
        keptAt,
        message: `Ownlog could not understand your open commitments file. It was moved to ${keptAt}, nothing in it was deleted, and Ownlog started without it.`,
      });
      liveState = { records: {}, pending: {} };
      return;
    }
    liveState = {
      records: validRecords(shape.data.records, live, 'your open commitments'),
      pending: shape.data.pending,
    };
    finishPendingMoves();
  }

  /** A crash can stop a move half way; the marks in `live` say which records to finish. */
  function finishPendingMoves(): void {
    const pending = Object.entries(liveState.pending);
    if (pending.length === 0 || readOnly) return;
    const records = { ...liveState.records };
    for (const [id, move] of pending) {
      const record = records[id];
      if (move.op === 'archive') {
        if (record) putArchived(move.month, record);
        delete records[id];
      } else {
        // Back in `live` already; only the archived copy may still be there.
        removeFromArchive(move.month, id);
      }
    }
    const next = { records, pending: {} };
    write(live, next);
    liveState = next;
  }

  function putArchived(month: MonthKey, record: JournalRecord): void {
    const file = archiveStore(month);
    write(file, { ...readOrSetAside(file, `the archive of ${month}`), [record.id]: record });
  }

  function removeFromArchive(month: MonthKey, id: string): void {
    if (!archiveMonths().includes(month)) return;
    const file = archiveStore(month);
    const { [id]: _removed, ...rest } = readOrSetAside(file, `the archive of ${month}`);
    write(file, rest);
  }

  /** Writes `live` with a record changed and a move marked, then does the move, then unmarks. */
  function moveMarked(record: JournalRecord, move: z.infer<typeof PendingMove>, live: Record<string, JournalRecord>, act: () => void): void {
    const before = liveState;
    const marked: LiveFile = { records: live, pending: { ...before.pending, [record.id]: move } };
    writeLive(marked);
    try {
      act();
    } catch (error) {
      // Undo the mark so the record stays as the user sees it; if even that fails, the mark
      // finishes the move on the next start and nothing is lost either way.
      try {
        writeLive(before);
      } catch {
        /* the pending mark stands */
      }
      throw error;
    }
    const { [record.id]: _done, ...pending } = liveState.pending;
    const records = move.op === 'archive' ? withoutKey(liveState.records, record.id) : liveState.records;
    writeLive({ records, pending });
  }

  function writeLive(next: LiveFile): void {
    write(live, next);
    liveState = next;
  }

  function archiveMonths(): MonthKey[] {
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => monthOfArchiveFile(name.slice(0, -'.json'.length)))
      .filter((month) => month !== null)
      .sort();
  }

  return {
    load(): LoadedJournal {
      loadLayout();
      const settings = loadSettings();
      loadLive();
      return { live: Object.values(liveState.records), settings, readOnly };
    },

    notices: () => [...notices],

    putLive(record) {
      writeLive({ ...liveState, records: { ...liveState.records, [record.id]: record } });
    },

    archive(record, month) {
      moveMarked(record, { op: 'archive', month }, { ...liveState.records, [record.id]: record }, () => {
        putArchived(month, record);
      });
    },

    unarchive(record, month) {
      moveMarked(record, { op: 'unarchive', month }, { ...liveState.records, [record.id]: record }, () => {
        removeFromArchive(month, record.id);
      });
    },

    removeLive(id) {
      writeLive({ records: withoutKey(liveState.records, id), pending: withoutKey(liveState.pending, id) });
    },

    removeArchived(id, month) {
      removeFromArchive(month, id);
    },

    putMany(records, from) {
      const into = new Map<MonthKey | null, Record<string, JournalRecord>>();
      const leaving = new Map<MonthKey | null, string[]>();
      for (const record of records) {
        const target = record.closedAt === null ? null : monthOf(record.closedAt);
        into.set(target, { ...into.get(target), [record.id]: record });
        const was = from.get(record.id);
        if (was !== undefined && was !== target) leaving.set(was, [...(leaving.get(was) ?? []), record.id]);
      }
      for (const [month, added] of into) {
        if (month === null) continue;
        const file = archiveStore(month);
        write(file, { ...readOrSetAside(file, `the archive of ${month}`), ...added });
      }
      const leavingLive = new Set(leaving.get(null));
      const kept = Object.fromEntries(Object.entries(liveState.records).filter(([id]) => !leavingLive.has(id)));
      if (into.has(null) || leavingLive.size > 0) writeLive({ ...liveState, records: { ...kept, ...into.get(null) } });
      for (const [month, ids] of leaving) {
        if (month === null || !archiveMonths().includes(month)) continue;
        const file = archiveStore(month);
        const rest = { ...readOrSetAside(file, `the archive of ${month}`) };
        for (const id of ids) delete rest[id];
        write(file, rest);
      }
    },

    readArchive(month) {
      if (!archiveMonths().includes(month)) return [];
      const file = archiveStore(month);
      const label = `the archive of ${month}`;
      return Object.values(validRecords(readOrSetAside(file, label), file, label));
    },

    archiveMonths,

    saveSettings(settings) {
      write(open(FILES.settings), settings);
    },

    readHeartbeat() {
      const file = heartbeatFile;
      const raw = readOrSetAside(file, 'the blocker clock');
      if (Object.keys(raw).length === 0) return null;
      const parsed = Heartbeat.safeParse(raw);
      if (parsed.success) return parsed.data;
      keepInvalidCopy(file, (keptAt) => `The blocker clock's last heartbeat could not be read, so running blockers count from their last saved stretch. A copy of the file is kept at ${keptAt}.`);
      return null;
    },

    writeHeartbeat(heartbeat) {
      write(heartbeatFile, heartbeat);
    },

    readReminderLog() {
      const file = open(FILES.reminders);
      const parsed = ReminderLog.safeParse(readOrSetAside(file, 'the reminders already shown'));
      // An unreadable log only means a reminder may be shown once more; nothing of the user's is in it.
      return parsed.success ? parsed.data : { delivered: {} };
    },

    writeReminderLog(log) {
      write(open(FILES.reminders), log);
    },
  };
}

/**
 * Writes a whole journal at once, in the layout `createConfJournalStore` reads: open records to
 * `live`, closed ones to the archive of the month they closed in. For seeding and tools; the
 * app itself writes record by record.
 */
export function writeJournalFiles(open: OpenStoreFile, records: Iterable<JournalRecord>): void {
  const live: Record<string, JournalRecord> = {};
  const archives = new Map<MonthKey, Record<string, JournalRecord>>();
  for (const record of records) {
    if (record.closedAt === null) {
      live[record.id] = record;
    } else {
      const month = monthOf(record.closedAt);
      const archive = archives.get(month) ?? {};
      archive[record.id] = record;
      archives.set(month, archive);
    }
  }
  open(FILES.layout).store = { version: LAYOUT_VERSION };
  open(FILES.live).store = { records: live, pending: {} } satisfies LiveFile;
  for (const [month, archived] of archives) open(archiveFile(month)).store = archived;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** Moves or copies a file next to itself under a name that says why and when. */
function keepAside(file: string, why: 'unreadable' | 'invalid', how: 'move' | 'copy', at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(file);
  const target = path.join(dir, `${name}.${why}-${stamp}${ext}`);
  if (how === 'move') fs.renameSync(file, target);
  else fs.copyFileSync(file, target);
  return target;
}

function unreadableBecause(error: unknown): string {
  if (error instanceof SyntaxError) return 'the file is damaged (it is not valid JSON)';
  return reason(error);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
