import type { Settings } from '../shared/domain/settings.ts';
import type { Journal } from '../shared/journal.ts';

/** `nativeTheme`, as far as following the theme setting needs it. */
export interface ThemeSource {
  themeSource: 'system' | 'light' | 'dark';
}

export interface SettingsAppliers {
  theme: ThemeSource;
  /** Registers the capture shortcut (unregistering the one before). */
  shortcut: (accelerator: string) => void;
  loginItem: (settings: Pick<Settings, 'launchAtLogin' | 'startHidden'>) => void;
}

/**
 * Applies the settings that live in the operating system — theme, global shortcut, start at
 * login — now, and again whenever a save changes them (only what changed is applied again).
 */
export function followSettings(journal: Pick<Journal, 'settings' | 'onChanged'>, apply: SettingsAppliers): () => void {
  let applied: Settings | null = null;
  const sync = () => {
    const settings = journal.settings();
    if (applied === settings) return;
    if (applied?.theme !== settings.theme) apply.theme.themeSource = settings.theme;
    if (applied?.captureShortcut !== settings.captureShortcut) apply.shortcut(settings.captureShortcut);
    if (applied?.launchAtLogin !== settings.launchAtLogin || applied.startHidden !== settings.startHidden) {
      apply.loginItem({ launchAtLogin: settings.launchAtLogin, startHidden: settings.startHidden });
    }
    applied = settings;
  };
  sync();
  return journal.onChanged(sync);
}
