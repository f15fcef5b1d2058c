import type { Commitment } from './domain/commitment.ts';
import type { Settings } from './domain/settings.ts';
import { JournalError } from './errors.ts';
import type { Clock, IdSource } from './ports.ts';
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
  readonly readOnly: boolean;
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

/** The open records that are commitments (blockers and other kinds share `live`). */
export function* commitmentsIn(context: Pick<JournalContext, 'live'>): Generator<Commitment> {
  for (const record of context.live.values()) if (record.kind === 'commitment') yield record;
}
