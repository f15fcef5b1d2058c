import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake, Tray } from './fake-electron.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

// The built main process as it starts on Windows.
let userData: ReturnType<typeof makeJournalDir>;
const platform = Object.getOwnPropertyDescriptor(process, 'platform');

beforeAll(async () => {
  fake.reset();
  userData = makeJournalDir('windows');
  fake.setUserData(userData.dir);
  Object.defineProperty(process, 'platform', { value: 'win32' });
  try {
    const booting = import(/* @vite-ignore */ path.resolve('out/main/main.js'));
    await fake.waitForCall('app.requestSingleInstanceLock');
    fake.becomeReady();
    await booting;
  } finally {
    if (platform) Object.defineProperty(process, 'platform', platform);
  }
});
afterAll(() => {
  app.emit('will-quit');
  userData.remove();
});

describe('the built main process on Windows', () => {
  it('sets the AppUserModelID to the installer’s app id before any notification, or Windows shows none', () => {
    const appId = /^appId: (.+)$/m.exec(fs.readFileSync('electron-builder.yml', 'utf8'))?.[1];
    const apis = fake.calls.map((call) => call.api);
    expect(fake.calls.find((call) => call.api === 'app.setAppUserModelId')?.args).toEqual([appId]);
    const firstNotification = apis.indexOf('new Notification');
    expect(firstNotification === -1 || firstNotification > apis.indexOf('app.setAppUserModelId')).toBe(true);
  });

  it('uses the login item of the OS, not an autostart file, and a tray icon for a light taskbar', () => {
    expect(app.loginItemSettings).toEqual([{ openAtLogin: false, args: [] }]);
    expect(fs.existsSync(path.join(userData.dir, 'config'))).toBe(false);
    expect(path.basename(Tray.all[0]?.image ?? '')).toBe('tray-light.png');
    // Windows shows the executable's own icon; no window is given one.
    app.emit('second-instance', {}, ['Ownlog.exe'], 'C:\\', {});
    expect(BrowserWindow.all.map((window) => window.icon)).toEqual([null]);
  });
});
