import { z } from 'zod';
import { RecordId } from '../domain/record-id.ts';
import { Settings } from '../domain/settings.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { BACKUP_KINDS, type BackupInfo } from './backup-rules.ts';
import type { ImportProblem } from './read-journal-file.ts';

const Count = z.number().int().nonnegative();

export const BackupInfoSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'Not a backup.'),
  kind: z.enum(BACKUP_KINDS),
  takenAt: IsoInstant,
  bytes: Count,
  files: Count,
  layoutVersion: z.number().int().positive(),
}) satisfies z.ZodType<BackupInfo>;

export const BackupList = z.strictObject({
  /** Where the backups are kept, shown to the user. */
  folder: z.string(),
  keepDaily: Settings.shape.keepDailyBackups,
  backups: z.array(BackupInfoSchema),
});
export type BackupList = z.infer<typeof BackupList>;

const ImportProblemSchema = z.strictObject({ path: z.string(), message: z.string() }) satisfies z.ZodType<ImportProblem>;

/** A record the import replaces: its name now, and in the file when that differs. */
const RecordSummary = z.strictObject({ id: RecordId, kind: z.string(), label: z.string(), fileLabel: z.string().nullable(), open: z.boolean() });

/** What an import would do, shown before the user confirms it. */
export const ImportSummary = z.strictObject({
  /** Names the checked file held in the journal's memory until it is applied or cancelled. */
  token: RecordId,
  fileName: z.string(),
  exportedAt: IsoInstant,
  records: Count,
  /** New records by kind. */
  added: z.array(z.strictObject({ kind: z.string(), count: Count })),
  addedCount: Count,
  replacedCount: Count,
  /** The first of the records the file would replace, as the journal has them now. */
  replaced: z.array(RecordSummary),
  sameCount: Count,
  /** The names of the user's settings the file's would change. */
  settingsChanged: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportCheck = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), summary: ImportSummary }),
  z.strictObject({ ok: z.literal(false), fileName: z.string(), problems: z.array(ImportProblemSchema), problemCount: Count }),
]);
export type ImportCheck = z.infer<typeof ImportCheck>;

export const ImportApplied = z.strictObject({
  added: Count,
  replaced: Count,
  same: Count,
  settingsReplaced: z.boolean(),
  /** The backup taken first, kept always. */
  backup: BackupInfoSchema,
});
export type ImportApplied = z.infer<typeof ImportApplied>;

export const Restored = z.strictObject({
  restored: BackupInfoSchema,
  /** The journal as it was just before, backed up and kept always. */
  safety: BackupInfoSchema,
  /** Journal files the backup did not have, moved aside next to themselves. */
  setAside: z.array(z.string()),
});
export type Restored = z.infer<typeof Restored>;

/** The journal answers these: import decisions, the list of backups, restoring one. */
export const dataChannels = {
  'ownlog:data-import-apply': {
    request: z.strictObject({ token: RecordId, replaceSettings: z.boolean() }),
    response: ImportApplied,
  },
  'ownlog:data-import-cancel': { request: z.strictObject({ token: RecordId }), response: z.strictObject({}) },
  'ownlog:backup-list': { request: z.strictObject({}), response: BackupList },
  'ownlog:backup-take': { request: z.strictObject({}), response: BackupInfoSchema },
  'ownlog:backup-restore': { request: z.strictObject({ id: BackupInfoSchema.shape.id }), response: Restored },
  'ownlog:backup-keep-set': { request: z.strictObject({ keepDailyBackups: Settings.shape.keepDailyBackups }), response: BackupList },
} as const satisfies ChannelTable;

/**
 * The shell answers these, with the system's file dialogs: saving the export where the user
 * chooses, and reading the file the user picks to import (which the journal then checks).
 */
export const dataFileChannels = {
  'ownlog:data-export-save': {
    request: z.strictObject({}),
    response: z.strictObject({ saved: z.boolean(), path: z.string().nullable(), records: Count }),
  },
  'ownlog:data-import-choose': {
    request: z.strictObject({}),
    response: z.discriminatedUnion('chosen', [z.strictObject({ chosen: z.literal(false) }), z.strictObject({ chosen: z.literal(true), check: ImportCheck })]),
  },
} as const satisfies ChannelTable;
