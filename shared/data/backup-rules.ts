import type { LocalDay } from '../domain/local-day.ts';
import type { IsoInstant } from '../domain/time.ts';
import { FILES, isOpenFile, monthOfArchiveFile } from '../store/layout.ts';

/**
 * Why a backup was taken. Only daily ones are rotated away; the others are taken before
 * something that replaces the journal's files (an import, a restore, a migration), or by the
 * user's own hand, and are kept until the user deletes them.
 */
export const BACKUP_KINDS = ['daily', 'manual', 'before-import', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** The backup's folder name, e.g. `daily-2026-11-24`. */
  id: string;
  kind: BackupKind;
  takenAt: IsoInstant;
  /** The size of the journal files it holds. */
  bytes: number;
  files: number;
  /** The journal layout its files have: one newer than this app knows is not restored. */
  layoutVersion: number;
}

/**
 * The journal's files a backup holds: the layout, the settings, the open records, every
 * month's archive and the blocker clock's heartbeat. Not the log of reminders already shown:
 * it is the app's memory rather than the user's journal, and putting an old one back would
 * only show those reminders again. Nor files already moved aside next to the journal: they
 * stay where they are.
 */
export function isBackedUpFile(fileName: string): boolean {
  if (!fileName.endsWith('.json')) return false;
  const name = fileName.slice(0, -'.json'.length);
  const kept: readonly string[] = [FILES.layout, FILES.settings, FILES.live, FILES.heartbeat];
  return kept.includes(name) || isOpenFile(name) || monthOfArchiveFile(name) !== null;
}

/** One daily backup a day, named for the user's day: `daily-2026-11-24`. */
export function dailyBackupId(day: LocalDay): string {
  return `daily-${day}`;
}

/** Whether today's daily backup is still to be taken. */
export function dailyBackupDue(backups: readonly Pick<BackupInfo, 'id'>[], today: LocalDay): boolean {
  const id = dailyBackupId(today);
  return !backups.some((backup) => backup.id === id);
}

/**
 * The daily backups beyond the newest `keep`: what rotation removes. Never any other kind,
 * whatever their age or number.
 */
export function dailyBackupsToRemove<B extends Pick<BackupInfo, 'id' | 'kind' | 'takenAt'>>(backups: readonly B[], keep: number): B[] {
  const daily = backups.filter((backup) => backup.kind === 'daily').sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  return daily.slice(Math.max(0, keep));
}
