import type { Commitment } from './domain/commitment.ts';
import type { Settings } from './domain/settings.ts';
import { JournalError } from './errors.ts';
import type { Clock, IdSource } from './ports.ts';
import type { MonthKey } from './store/layout.ts';
import type { JournalRecord, JournalStore } from './store/port.ts';

/**
 * The one in-memory state every area works on. Areas change it only after the store has
 * written the change, so a failed write leaves memory and disk as they were.
 */
export interface JournalContext {
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly store: JournalStore;
  /** Open records by id. Closed ones are in the archives, read when a query needs them. */
  readonly live: Map<string, JournalRecord>;
  settings: Settings;
  /** BCP 47 locale of the user, for reading dates like 3/4. */
  readonly locale: string;
  readonly readOnly: boolean;
  /** Archives read so far, by month; kept in step with every write the journal makes. */
  readonly archives: Map<MonthKey, Map<string, JournalRecord>>;
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

/** The records closed in `month`, read from its archive once and then kept in memory. */
export function archived(context: JournalContext, month: MonthKey): Map<string, JournalRecord> {
  let records = context.archives.get(month);
  if (!records) {
    records = new Map(context.store.readArchive(month).map((record) => [record.id, record]));
    context.archives.set(month, records);
  }
  return records;
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
