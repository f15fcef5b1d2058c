import type { Settings } from '../domain/settings.ts';

/** What each setting is called on screen and in messages: the settings screen's own labels. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  workdayStart: 'Work hours start',
  workdayEnd: 'Work hours end',
  workdays: 'Workdays',
  dueSoonHours: 'Due soon',
  agingDays: 'Aging after',
  capacity: 'Capacity',
  shippedChecklist: 'Definition of shipped',
  defaultOwnership: 'Default ownership',
  blockerThresholdMinutes: 'Blocker threshold',
  checkInTime: 'Check-in time',
  checkInOpensItself: 'Check-in window opens itself',
  weekStart: 'Week starts on',
  weeklyUpdate: 'Weekly update reminder',
  notifications: 'Notifications',
  captureShortcut: 'Capture shortcut',
  launchAtLogin: 'Launch at login',
  startHidden: 'Start hidden',
  theme: 'Theme',
  keepDailyBackups: 'Daily backups kept',
  welcomed: 'Welcome seen',
  gitRepositories: 'Repositories read for commits',
  gitAuthorEmail: 'Git author e-mail',
  bragCategories: 'Brag doc categories',
  bragAssignments: 'Brag doc items moved by hand',
};

export function isSettingName(name: string): name is keyof Settings {
  return Object.hasOwn(SETTING_LABELS, name);
}
