import { z } from 'zod';
import { Settings } from '../domain/settings.ts';
import { IsoInstant } from '../domain/time.ts';
import { JournalRecord } from '../store/port.ts';
import { JOURNAL_FILE_FORMAT, JOURNAL_FILE_VERSION } from './limits.ts';

/**
 * "Export everything": one JSON file with every record — open and from every archive month —
 * and the settings. `format` says what the file is, `version` how to read it: a later version
 * of Ownlog that changes the shape raises the version, and this one refuses what it cannot
 * read rather than guess. Records keep exactly the shape the journal stores (the
 * `JournalRecord` schemas), so one schema validates the store, IPC and this file.
 */
export const JournalFile = z.strictObject({
  format: z.literal(JOURNAL_FILE_FORMAT),
  version: z.literal(JOURNAL_FILE_VERSION),
  exportedAt: IsoInstant,
  settings: Settings,
  records: z.array(JournalRecord),
});
export type JournalFile = z.infer<typeof JournalFile>;

/**
 * The file as an import reads it: the envelope is checked first, then the settings and every
 * record one by one, so each problem is reported with its own path. Settings the file does not
 * have keep their current values, as records the file does not have stay in the journal.
 */
export const ImportEnvelope = z.strictObject({
  format: z.literal(JOURNAL_FILE_FORMAT),
  version: z.literal(JOURNAL_FILE_VERSION),
  exportedAt: IsoInstant,
  settings: z.record(z.string(), z.unknown()),
  records: z.array(z.unknown()),
});

export const ImportedSettings = Settings.partial();
export type ImportedSettings = z.infer<typeof ImportedSettings>;

/** What an import brings, once every part of the file has been checked. */
export interface ValidImport {
  exportedAt: IsoInstant;
  settings: ImportedSettings;
  records: JournalRecord[];
}
