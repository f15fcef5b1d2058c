import { format } from 'date-fns';
import type { BackupKind } from '../../../shared/data/backup-rules.ts';
import type { Settings } from '../../../shared/domain/settings.ts';

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

/** Settings whose names do not read well split into words; the rest read as their name. */
const SETTING_WORDS: Partial<Record<keyof Settings, string>> = {
  checkInTime: 'check-in time',
  checkInOpensItself: 'check-in window opens itself',
  dueSoonHours: 'due soon',
  agingDays: 'aging after',
  blockerThresholdMinutes: 'blocker threshold',
  keepDailyBackups: 'daily backups kept',
  shippedChecklist: 'definition of shipped',
  captureShortcut: 'capture shortcut',
  weeklyUpdate: 'weekly update reminder',
  welcomed: 'welcome seen',
  gitRepositories: 'repositories read for commits',
  gitAuthorEmail: 'git author e-mail',
  bragCategories: 'brag doc categories',
  bragAssignments: 'brag doc items moved by hand',
};

/** "theme", "check-in time"; a setting this page does not know reads as its name in words. */
export function settingWords(name: string): string {
  const known: Partial<Record<string, string>> = SETTING_WORDS;
  return known[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function formatTakenAt(iso: string): string {
  return format(new Date(iso), 'EEE d MMM yyyy, HH:mm');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString()} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
