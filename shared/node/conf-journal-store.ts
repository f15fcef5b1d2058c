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
  isOpenFile,
  LAYOUT_VERSION,
  MONTH_KEY,
  monthOf,
  monthOfArchiveFile,
  openFileOf,
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

/**
 * A move between the open records and an archive that was started and must be finished on
 * load. It carries the record as it is moved (layout 1 kept it in `live.records` instead).
 */
const PendingMove = z.strictObject({ op: z.enum(['archive', 'unarchive']), month: z.string().regex(MONTH_KEY), record: z.unknown().optional() });
type PendingMove = { op: 'archive' | 'unarchive'; month: MonthKey; record?: JournalRecord };

/** `live`: the moves in progress. Its `records` are only ever filled by layout 1, and moved out on load. */
const LiveFile = z.strictObject({
  records: z.record(z.string(), z.unknown()),
  pending: z.record(RecordId, PendingMove),
});
// A type, not an interface: it is written as a conf store, which is a string-keyed record.
type LiveFile = { records: Record<string, JournalRecord>; pending: Record<string, PendingMove> };

const LayoutFile = z.looseObject({ version: z.number().int().positive() });

/**
 * The journal on disk, in conf files: `layout` (the layout version), `settings`, `open-NN`
 * (the open records, spread by id so a write stays small), `live` (moves in progress) and
 * `archive-YYYY-MM` (records closed that month, read only when asked). Nothing is ever
 * deleted: a file that cannot be read is moved aside and the user is told where it went.
 */
export function createConfJournalStore(open: OpenStoreFile, clock: Pick<Clock, 'now'>): JournalStore {
  const live = open(FILES.live);
  const heartbeatFile = open(FILES.heartbeat);
  const dir = path.dirname(live.path);
  const archives = new Map<MonthKey, StoreFile>();
  const openFiles = new Map<string, StoreFile>();
  const notices: StoreNotice[] = [];
  /** The open records, by the file they are kept in. */
  let shards = new Map<string, Record<string, JournalRecord>>();
  let pending: Record<string, PendingMove> = {};
  let readOnly = false;

  function openStore(name: string): StoreFile {
    let file = openFiles.get(name);
    if (!file) {
      file = open(name);
      openFiles.set(name, file);
    }
    return file;
  }

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

  /** The layout the files are in, or null for a new journal. */
  function loadLayout(): number | null {
    readOnly = false;
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
    }
    return version;
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

  /** Reads `live`: the moves in progress, and the open records of a journal still in layout 1. */
  function readLive(): LiveFile {
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
      return { records: {}, pending: {} };
    }
    const moves: Record<string, PendingMove> = {};
    for (const [id, move] of Object.entries(shape.data.pending)) {
      const record = move.record === undefined ? undefined : JournalRecord.safeParse(move.record);
      moves[id] = record?.success === true ? { op: move.op, month: move.month, record: record.data } : { op: move.op, month: move.month };
    }
    return { records: validRecords(shape.data.records, live, 'your open commitments'), pending: moves };
  }

  function readShards(): Map<string, Record<string, JournalRecord>> {
    const read = new Map<string, Record<string, JournalRecord>>();
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.json') || !isOpenFile(name.slice(0, -'.json'.length))) continue;
      const shard = name.slice(0, -'.json'.length);
      const file = openStore(shard);
      const label = 'your open commitments';
      read.set(shard, validRecords(readOrSetAside(file, label), file, label));
    }
    return read;
  }

  /**
   * Loads the open records, finishes the moves a crash stopped half way, and moves a journal
   * in layout 1 (every open record in `live`) to this layout. Each step can be cut short and
   * done again: the records go to their files first, then the layout says 2, then `live` is
   * emptied — so at every moment each record is in a file this or the older version reads.
   */
  function loadOpen(version: number | null): void {
    const before = readLive();
    shards = readShards();
    pending = {};
    const dirty = new Set<string>();
    const putOpen = (record: JournalRecord) => {
      const shard = openFileOf(record.id);
      shards.set(shard, { ...shards.get(shard), [record.id]: record });
      dirty.add(shard);
    };
    const dropOpen = (id: string) => {
      const shard = openFileOf(id);
      const records = shards.get(shard);
      if (!records || !(id in records)) return;
      shards.set(shard, withoutKey(records, id));
      dirty.add(shard);
    };
    for (const record of Object.values(before.records)) putOpen(record);
    if (readOnly) {
      // Shown as they are; nothing is written to a layout this version does not know.
      for (const move of Object.values(before.pending)) if (move.op === 'unarchive' && move.record) putOpen(move.record);
      return;
    }
    for (const [id, move] of Object.entries(before.pending)) {
      if (move.op === 'archive') {
        const record = move.record ?? before.records[id];
        if (record) putArchived(move.month, record);
        dropOpen(id);
      } else {
        if (move.record) putOpen(move.record);
        removeFromArchive(move.month, id);
      }
    }
    for (const shard of dirty) write(openStore(shard), shards.get(shard) ?? {});
    if (version !== LAYOUT_VERSION) write(open(FILES.layout), { version: LAYOUT_VERSION });
    if (version === null || Object.keys(before.records).length > 0 || Object.keys(before.pending).length > 0) write(live, { records: {}, pending: {} });
  }

  function openRecords(): JournalRecord[] {
    return [...shards.values()].flatMap((records) => Object.values(records));
  }

  /** Puts a record in the archive of `month`; returns the copy it replaced there, if any. */
  function putArchived(month: MonthKey, record: JournalRecord): unknown {
    const file = archiveStore(month);
    const current = readOrSetAside(file, `the archive of ${month}`);
    write(file, { ...current, [record.id]: record });
    return current[record.id];
  }

  function removeFromArchive(month: MonthKey, id: string): void {
    if (!archiveMonths().includes(month)) return;
    const file = archiveStore(month);
    const { [id]: _removed, ...rest } = readOrSetAside(file, `the archive of ${month}`);
    write(file, rest);
  }

  /** Writes the file of `id` with the record put in (or taken out, for null). */
  function writeOpen(id: string, record: JournalRecord | null): void {
    const shard = openFileOf(id);
    const current = shards.get(shard) ?? {};
    const next = record === null ? withoutKey(current, id) : { ...current, [id]: record };
    write(openStore(shard), next);
    shards.set(shard, next);
  }

  function writeMoves(next: Record<string, PendingMove>): void {
    write(live, { records: {}, pending: next });
    pending = next;
  }

  /**
   * A move between the open records and an archive: the move is written to `live` with the
   * record first, then done, then unmarked. A step that fails is undone, so the files are as
   * they were; if even the undo fails, the mark finishes the move on the next start.
   */
  function moveMarked(record: JournalRecord, move: PendingMove, steps: readonly { act: () => void; undo: () => void }[]): void {
    const before = pending;
    writeMoves({ ...before, [record.id]: move });
    const done: (() => void)[] = [];
    try {
      for (const step of steps) {
        step.act();
        done.unshift(step.undo);
      }
    } catch (error) {
      try {
        for (const undo of done) undo();
        writeMoves(before);
      } catch {
        /* the pending mark stands */
      }
      throw error;
    }
    try {
      writeMoves(withoutKey(pending, record.id));
    } catch {
      // The move is done and on disk; the mark left is finished again, harmlessly, on the next start.
    }
  }

  function openRecord(id: string): JournalRecord | null {
    return shards.get(openFileOf(id))?.[id] ?? null;
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
    load(migration): LoadedJournal {
      const version = loadLayout();
      const settings = loadSettings();
      const migrating = !readOnly && version !== null && version !== LAYOUT_VERSION;
      if (migrating) migration?.before(version);
      try {
        loadOpen(version);
      } catch (error) {
        if (!migrating || !migration) throw error;
        migration.failed();
        throw new JournalError('storage', `Ownlog could not move your journal to its new layout, so it put every file back as it was. What went wrong: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return { live: openRecords(), settings, readOnly };
    },

    notices: () => [...notices],

    putLive(record) {
      writeOpen(record.id, record);
    },

    archive(record, month) {
      const was = openRecord(record.id);
      let replaced: unknown;
      moveMarked(record, { op: 'archive', month, record }, [
        {
          act: () => (replaced = putArchived(month, record)),
          undo: () => {
            const file = archiveStore(month);
            const current = readOrSetAside(file, `the archive of ${month}`);
            write(file, replaced === undefined ? withoutKey(current, record.id) : { ...current, [record.id]: replaced });
          },
        },
        { act: () => writeOpen(record.id, null), undo: () => writeOpen(record.id, was) },
      ]);
    },

    unarchive(record, month) {
      const was = openRecord(record.id);
      moveMarked(record, { op: 'unarchive', month, record }, [
        { act: () => writeOpen(record.id, record), undo: () => writeOpen(record.id, was) },
        { act: () => removeFromArchive(month, record.id), undo: () => undefined },
      ]);
    },

    removeLive(id) {
      writeOpen(id, null);
      if (id in pending) writeMoves(withoutKey(pending, id));
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
      // The open records, one write per file touched.
      const openChanges = new Map<string, Record<string, JournalRecord | null>>();
      for (const id of leaving.get(null) ?? []) openChanges.set(openFileOf(id), { ...openChanges.get(openFileOf(id)), [id]: null });
      for (const record of Object.values(into.get(null) ?? {})) openChanges.set(openFileOf(record.id), { ...openChanges.get(openFileOf(record.id)), [record.id]: record });
      for (const [shard, changes] of openChanges) {
        const next = { ...shards.get(shard) };
        for (const [id, record] of Object.entries(changes)) {
          if (record === null) delete next[id];
          else next[id] = record;
        }
        write(openStore(shard), next);
        shards.set(shard, next);
      }
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

    archiveStamps() {
      const stamps = new Map<MonthKey, string>();
      for (const month of archiveMonths()) {
        const stat = fs.statSync(path.join(dir, `${archiveFile(month)}.json`), { throwIfNoEntry: false, bigint: true });
        if (stat) stamps.set(month, `${String(stat.size)}:${String(stat.mtimeNs)}`);
      }
      return stamps;
    },

    readSearchIndex() {
      const file = openStore(FILES.searchIndex);
      try {
        return file.store;
      } catch {
        // Made from the records, so nothing of the user's is in it: one that cannot be read is
        // set aside without a word, and made again.
        if (!readOnly) keepAside(file.path, 'unreadable', 'move', clock.now());
        openFiles.delete(FILES.searchIndex);
        return null;
      }
    },

    writeSearchIndex(index) {
      if (!readOnly) write(openStore(FILES.searchIndex), index);
    },

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
 * the `open-NN` files, closed ones to the archive of the month they closed in. For seeding and tools; the
 * app itself writes record by record.
 */
export function writeJournalFiles(open: OpenStoreFile, records: Iterable<JournalRecord>): void {
  const openRecords = new Map<string, Record<string, JournalRecord>>();
  const archives = new Map<MonthKey, Record<string, JournalRecord>>();
  for (const record of records) {
    if (record.closedAt === null) {
      const shard = openFileOf(record.id);
      openRecords.set(shard, { ...openRecords.get(shard), [record.id]: record });
    } else {
      const month = monthOf(record.closedAt);
      const archive = archives.get(month) ?? {};
      archive[record.id] = record;
      archives.set(month, archive);
    }
  }
  open(FILES.layout).store = { version: LAYOUT_VERSION };
  open(FILES.live).store = { records: {}, pending: {} } satisfies LiveFile;
  for (const [shard, held] of openRecords) open(shard).store = held;
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
