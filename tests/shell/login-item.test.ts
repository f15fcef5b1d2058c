import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { app, fake } from './fake-electron.ts';
import { followSettings, type ThemeSource } from '../../electron/follow-settings.ts';
import { applyLoginItem, autostartDir, execArgument, launcherPath } from '../../electron/login-item.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

let home: ReturnType<typeof makeJournalDir>;
let settings: Settings;
let listeners: ((event: { at: string }) => void)[];
let shortcuts: string[];
/** nativeTheme's source, which the theme setting sets. */
let theme: ThemeSource;

/** The settings as the journal holds them: a save replaces the object and tells the listeners. */
const journal = {
  settings: () => settings,
  onChanged(listener: (event: { at: string }) => void) {
    listeners.push(listener);
    return () => undefined;
  },
};
function save(change: Partial<Settings>): void {
  settings = { ...settings, ...change };
  for (const listener of listeners) listener({ at: '2026-11-24T09:00:00.000Z' });
}

function follow(platform: NodeJS.Platform, execPath = '/opt/Ownlog/ownlog'): void {
  const loginItem = { platform, app, files: fs, execPath, autostartDir: autostartDir(path.join(home.dir, '.config')) };
  followSettings(journal, { theme, shortcut: (accelerator) => shortcuts.push(accelerator), loginItem: (wanted) => applyLoginItem(loginItem, wanted) });
}

const entryFile = () => path.join(home.dir, '.config', 'autostart', 'ownlog.desktop');

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  home = makeJournalDir('home');
  settings = DEFAULT_SETTINGS;
  listeners = [];
  shortcuts = [];
  theme = { themeSource: 'system' };
});
afterEach(() => home.remove());

describe('launch at login on macOS and Windows', () => {
  for (const platform of ['darwin', 'win32'] as const) {
    it(`sets the login item with a --hidden argument to start in the tray (${platform})`, () => {
      follow(platform);
      expect(app.loginItemSettings).toEqual([{ openAtLogin: false, args: [] }]);
      save({ launchAtLogin: true });
      save({ startHidden: false });
      save({ launchAtLogin: false });
      expect(app.loginItemSettings).toEqual([
        { openAtLogin: false, args: [] },
        { openAtLogin: true, args: ['--hidden'] },
        { openAtLogin: true, args: [] },
        { openAtLogin: false, args: [] },
      ]);
      expect(fs.existsSync(path.join(home.dir, '.config'))).toBe(false);
    });
  }

  it('applies only what a save changed: the theme, the shortcut, the login item', () => {
    follow('darwin');
    expect([theme.themeSource, shortcuts]).toEqual(['system', ['CommandOrControl+Shift+Space']]);
    save({ theme: 'dark', checkInTime: '10:00' });
    save({ captureShortcut: 'Alt+Shift+C' });
    expect([theme.themeSource, shortcuts]).toEqual(['dark', ['CommandOrControl+Shift+Space', 'Alt+Shift+C']]);
    expect(app.loginItemSettings).toHaveLength(1);
  });
});

describe('launch at login on Linux', () => {
  it('writes an XDG autostart entry that starts hidden, and removes it when turned off', () => {
    follow('linux');
    expect(fs.existsSync(entryFile())).toBe(false);
    save({ launchAtLogin: true });
    expect(fs.readFileSync(entryFile(), 'utf8')).toBe(
      ['[Desktop Entry]', 'Type=Application', 'Name=Ownlog', 'Comment=Personal accountability journal', 'Exec=/opt/Ownlog/ownlog --hidden', 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n'),
    );
    save({ startHidden: false });
    expect(fs.readFileSync(entryFile(), 'utf8')).toContain('\nExec=/opt/Ownlog/ownlog\n');

    // Another app's entry in the same folder is left alone.
    fs.writeFileSync(path.join(home.dir, '.config', 'autostart', 'other.desktop'), '[Desktop Entry]\n');
    save({ launchAtLogin: false });
    expect(fs.readdirSync(path.join(home.dir, '.config', 'autostart'))).toEqual(['other.desktop']);
    expect(app.loginItemSettings).toEqual([]);
  });

  it('starts the AppImage file itself, not the mount it runs from', () => {
    expect(launcherPath({ APPIMAGE: '/home/me/Apps/Ownlog-0.1.0.AppImage' }, '/tmp/.mount_OwnlogXyz/ownlog')).toBe('/home/me/Apps/Ownlog-0.1.0.AppImage');
    expect(launcherPath({}, '/opt/Ownlog/ownlog')).toBe('/opt/Ownlog/ownlog');
    follow('linux', launcherPath({ APPIMAGE: '/home/me/My Apps/Ownlog.AppImage' }, '/tmp/.mount_OwnlogXyz/ownlog'));
    save({ launchAtLogin: true });
    expect(fs.readFileSync(entryFile(), 'utf8')).toContain('\nExec="/home/me/My Apps/Ownlog.AppImage" --hidden\n');
  });

  it('quotes and escapes a path as the Desktop Entry spec says', () => {
    expect(
      [
        '/opt/Ownlog/ownlog',
        '/home/me/My Apps/Ownlog.AppImage',
        '/home/me/100%/ownlog',
        '/home/me/$HOME "quoted"/ownlog',
        '/home/me/back\\slash/ownlog',
      ].map(execArgument),
    ).toEqual([
      '/opt/Ownlog/ownlog',
      '"/home/me/My Apps/Ownlog.AppImage"',
      '/home/me/100%%/ownlog',
      '"/home/me/\\\\$HOME \\\\"quoted\\\\"/ownlog"',
      '"/home/me/back\\\\\\\\slash/ownlog"',
    ]);
  });
});
