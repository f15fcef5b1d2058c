import type { BackupInfo, BackupKind } from './backup-rules.ts';

/**
 * The backups of a journal, kept in a folder beside it: each backup a folder of copies of the
 * journal's files, written to a temporary folder and renamed into place only when complete.
 * Every call is synchronous, as the store's writes are, so a backup never falls between two
 * halves of a change. Failures throw a `JournalError` with code 'storage'.
 */
export interface JournalBackups {
  /** Where the backups are, to show the user. */
  readonly folder: string;
  /** Every complete backup, newest first. */
  list(): BackupInfo[];
  /** Copies the journal's files into a new backup; `id` names it (a daily one is named for its day). */
  take(kind: BackupKind, id?: string): BackupInfo;
  /** Throws a `JournalError` when backup `id` is missing, incomplete or damaged: checked before anything is done. */
  verify(id: string): void;
  /**
   * Puts the journal's files back as backup `id` holds them, each file replaced in one step.
   * Journal files the backup does not have are moved aside next to themselves, never deleted;
   * their new paths are returned. The caller takes a backup of the journal first.
   */
  restore(id: string): { setAside: string[] };
  /** Removes daily backups (rotation); refuses any other kind. */
  removeDaily(ids: readonly string[]): void;
}
