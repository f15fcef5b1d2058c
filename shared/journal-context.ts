import type { Commitment } from './domain/commitment.ts';
import type { Settings } from './domain/settings.ts';
import { JournalError } from './errors.ts';
import type { Clock, IdSource } from './ports.ts';
import { monthOf, monthsBetween, type MonthKey } from './store/layout.ts';
import type { JournalRecord, JournalStore } from './store/port.ts';

/**
 * The archives, as the areas see them: the only way records move in and out of them, so the
 * files, the open records and the months already read never disagree.
 */
export interface Archives {
  /** Moves a closed record out of the open ones into the archive of `month` (or replaces it there). */
  put(record: JournalRecord, month: MonthKey): void;
  /** Moves a record from the archive of `month` back among the open ones, as `record`. */
  takeBack(record: JournalRecord, month: MonthKey): void;
  /** Deletes a record from the archive of `month` for good. */
  remove(id: string, month: MonthKey): void;
  /** The records of `month`, read from disk once and then kept in memory. */
  month(month: MonthKey): ReadonlyMap<string, JournalRecord>;
  /** The months that have an archive. */
  months(): MonthKey[];
  /** For each month with an archive, a stamp that changes whenever it does, read without reading the archive. */
  stamps(): Map<MonthKey, string>;
  /** Drops the months read, so the next query reads them from disk: after an import or a restore changed the files. */
  forget(): void;
}

/**
 * The open records by id, counting its changes: a query result computed at one revision is
 * still the answer while the revision is the same, so results are cached against it.
 */
export class LiveRecords extends Map<string, JournalRecord> {
  #revision = 0;

  /** Empty at first (Map's constructor would call `set` before the count exists). */
  constructor(records: Iterable<JournalRecord> = []) {
    super();
    for (const record of records) this.set(record.id, record);
  }

  get revision(): number {
    return this.#revision;
  }

  override set(id: string, record: JournalRecord): this {
    this.#revision += 1;
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    this.#revision += 1;
    return super.delete(id);
  }

  override clear(): void {
    this.#revision += 1;
    super.clear();
  }
}

/** What areas may ask of the store directly; moving records goes through `Archives`. */
export type ContextStore = Omit<JournalStore, 'archive' | 'unarchive' | 'removeArchived' | 'readArchive' | 'archiveMonths' | 'archiveStamps' | 'putMany'>;

/**
 * The one in-memory state every area works on. Areas change it only after the store has
 * written the change, so a failed write leaves memory and disk as they were.
 */
export interface JournalContext {
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly store: ContextStore;
  /** Open records by id. Closed ones are in the archives, read when a query needs them. */
  readonly live: LiveRecords;
  settings: Settings;
  /** BCP 47 locale of the user, for reading dates like 3/4. */
  readonly locale: string;
  readonly readOnly: boolean;
  readonly archives: Archives;
  /** The last close, which an undo can take back until `until` (epoch ms). */
  recentClose: { before: Commitment; month: MonthKey; until: number } | null;
  /** Tells every listener that the journal changed. */
  changed(): void;
}

export function assertWritable(context: JournalContext): void {
  if (context.readOnly) {
    throw new JournalError(
      'read-only',
      'This journal was saved by a newer version of Ownlog, so this version only reads it. Update Ownlog to make changes.',
    );
  }
}

/** The archives over a store, with the months already read kept in memory. */
export function archivesOver(store: JournalStore, live: Map<string, JournalRecord>): Archives {
  const read = new Map<MonthKey, Map<string, JournalRecord>>();
  const month = (key: MonthKey) => {
    let records = read.get(key);
    if (!records) {
      records = new Map(store.readArchive(key).map((record) => [record.id, record]));
      read.set(key, records);
    }
    return records;
  };
  return {
    put(record, key) {
      store.archive(record, key);
      live.delete(record.id);
      read.get(key)?.set(record.id, record);
    },
    takeBack(record, key) {
      store.unarchive(record, key);
      read.get(key)?.delete(record.id);
      live.set(record.id, record);
    },
    remove(id, key) {
      store.removeArchived(id, key);
      read.get(key)?.delete(id);
    },
    month,
    months: () => store.archiveMonths(),
    stamps: () => store.archiveStamps(),
    forget: () => read.clear(),
  };
}

/** The records of one kind, e.g. the open commitments among everything in `live`. */
export function ofKind<K extends JournalRecord['kind']>(records: Iterable<JournalRecord>, kind: K): Extract<JournalRecord, { kind: K }>[] {
  const found: Extract<JournalRecord, { kind: K }>[] = [];
  for (const record of records) if (isKind(record, kind)) found.push(record);
  return found;
}

function isKind<K extends JournalRecord['kind']>(record: JournalRecord, kind: K): record is Extract<JournalRecord, { kind: K }> {
  return record.kind === kind;
}

/**
 * Every record that can have changed since `from`: the open ones, and the archives of the
 * months from `from` to now — a record changed in that time closed after the change, so no
 * older archive is read.
 */
export function recordsSince(context: JournalContext, from: Date): JournalRecord[] {
  const present = new Set(context.archives.months());
  const records: JournalRecord[] = [...context.live.values()];
  for (const month of monthsBetween(monthOf(from.toISOString()), monthOf(context.clock.now().toISOString()))) {
    if (present.has(month)) records.push(...context.archives.month(month).values());
  }
  return records;
}
