import type { BackupKind } from '../../../shared/data/backup-rules.ts';
import { isSettingName, SETTING_LABELS } from '../../../shared/settings/labels.ts';

/** How each kind of backup reads in the list. */
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Taken by you',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an update',
};

/** "the backup you took": what the restore dialog calls each kind. */
export const BACKUP_KIND_PHRASES: Record<BackupKind, string> = {
  daily: 'the daily backup',
  manual: 'the backup you took',
  'before-import': 'the backup taken before an import',
  'before-restore': 'the backup taken before a restore',
  'before-migration': 'the backup taken before an update',
};

const RECORD_WORDS: Record<string, [string, string]> = {
  commitment: ['commitment', 'commitments'],
  blocker: ['blocker', 'blockers'],
  checkin: ['check-in', 'check-ins'],
  decision: ['decision', 'decisions'],
  'status-update': ['status update', 'status updates'],
};

/** "3 commitments", "1 check-in"; a kind this page does not know reads as its name. */
export function countOf(kind: string, count: number): string {
  const [one, many] = RECORD_WORDS[kind] ?? [kind.replace(/-/g, ' '), `${kind.replace(/-/g, ' ')}s`];
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export function kindWord(kind: string): string {
  return RECORD_WORDS[kind]?.[0] ?? kind.replace(/-/g, ' ');
}

/** "theme", "check-in time": a setting as the settings screen labels it, in running text. */
export function settingWords(name: string): string {
  if (!isSettingName(name)) return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const label = SETTING_LABELS[name];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString()} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
