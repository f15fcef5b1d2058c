import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake, Notification, Tray } from './fake-electron.ts';
import { makeJournalDir, openRecordsOnDisk } from '../support/journal-dir.ts';

// The built main process started at login (`--hidden`), then launched again from a terminal.
let userData: ReturnType<typeof makeJournalDir>;

beforeAll(async () => {
  fake.reset();
  userData = makeJournalDir('hand-off');
  fake.setUserData(userData.dir);
  const argv = process.argv;
  process.argv = ['/usr/lib/electron/electron', '.', '--hidden'];
  try {
    const booting = import(/* @vite-ignore */ path.resolve('out/main/main.js'));
    await fake.waitForCall('app.requestSingleInstanceLock');
    fake.becomeReady();
    await booting;
  } finally {
    process.argv = argv;
  }
});
afterAll(() => {
  app.emit('will-quit');
  userData.remove();
});

/** What a second launch hands over: its argv (in any order) and the command it parsed. */
function launchAgain(argv: string[], data: unknown): void {
  app.emit('second-instance', {}, argv, '/home/me', data);
}

const lastNotification = () => {
  const notification = Notification.all.at(-1);
  if (!notification) throw new Error('no notification was shown');
  return notification;
};

describe('a launch at login with --hidden', () => {
  it('opens no window and puts Ownlog in the tray', () => {
    expect(BrowserWindow.all).toEqual([]);
    expect(Tray.all).toHaveLength(1);
    expect(Tray.all[0]?.image).toBe(path.resolve('assets/tray/tray-light.png'));
    expect(fs.existsSync(Tray.all[0]?.image ?? '')).toBe(true);
  });
});

describe('the running instance, given a command by a second launch', () => {
  it('captures the line it was handed (not the reordered argv) and confirms with a notification whose click opens it', () => {
    launchAgain(['ownlog', 'Thu 3pm', '--no-sandbox', 'capture', 'something else'], { command: { kind: 'capture', line: 'Send rollout plan to Priya by Thu 3pm' } });
    const titles = Object.values(openRecordsOnDisk(path.join(userData.dir, 'journal'))).map((record) => (record as { title: string }).title);
    expect(titles).toEqual(['Send rollout plan']);
    const notification = lastNotification();
    expect([notification.options.title, notification.options.body, notification.shown]).toEqual(['Captured: Send rollout plan', expect.stringMatching(/^due Thu .*15:00 · to Priya$/), true]);
    expect(BrowserWindow.all).toEqual([]);

    notification.click();
    const [window] = BrowserWindow.all;
    expect(window?.url).toMatch(/^app:\/\/ownlog\/index\.html#\/commitment\/[\w-]+$/);
    // No desktop entry names an icon when run from the sources (or the tar.gz): the window has the app's.
    expect(window?.icon).toBe(path.resolve('assets/icons/256x256.png'));
    expect(fs.existsSync(window?.icon ?? '')).toBe(true);
  });

  it('starts a blocker, and opens the check-in window for `ownlog checkin`', () => {
    launchAgain(['ownlog'], { command: { kind: 'blocker', what: 'The payments SDK returns 403' } });
    expect(lastNotification().options.title).toBe('Blocker started: The payments SDK returns 403');
    lastNotification().click();
    expect(BrowserWindow.all[0]?.url).toMatch(/#\/blocker\/[\w-]+$/);

    launchAgain(['ownlog', 'checkin'], { command: { kind: 'checkin' } });
    expect(BrowserWindow.all.map((window) => window.url)).toContain('app://ownlog/index.html#/checkin');
  });

  it('says plainly what it did not understand, and opens the main window for data it cannot read', () => {
    const before = Notification.all.length;
    launchAgain(['ownlog', 'captur'], { command: { kind: 'error', message: 'Ownlog has no command “captur”.' } });
    expect([lastNotification().options.title, lastNotification().options.body]).toEqual(['Ownlog did not understand that', 'Ownlog has no command “captur”.']);

    const [main] = BrowserWindow.all;
    main?.hide();
    for (const data of [{ command: { kind: 'capture', line: 42 } }, { command: { kind: 'rm -rf' } }, 'capture now', null]) launchAgain(['ownlog'], data);
    expect(Notification.all.length).toBe(before + 1);
    expect(main?.visible).toBe(true);
  });
});
