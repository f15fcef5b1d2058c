import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake } from './fake-electron.ts';
import { contract } from '../../shared/ipc/contract.ts';
import { makeJournalDir, openRecordsOnDisk } from '../support/journal-dir.ts';

// The *built* main process, with 'electron' mapped to the recorded fake (vitest alias).
const MAIN = path.resolve('out/main/main.js');
let userData: ReturnType<typeof makeJournalDir>;
let callsBeforeReady: string[];

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error('out/main/main.js is missing: run `npm run build` first (npm test does).');
  fake.reset();
  userData = makeJournalDir('boot');
  fake.setUserData(userData.dir);
  const booting = import(/* @vite-ignore */ MAIN);
  // Let the module run up to its `await app.whenReady()`.
  await fake.waitForCall('app.requestSingleInstanceLock');
  callsBeforeReady = fake.calls.map((call) => call.api);
  fake.becomeReady();
  await booting;
});
afterAll(() => {
  // Quitting stops the app's timers (the daily backup's first look among them).
  app.emit('will-quit');
  userData.remove();
});

describe('the built main process', () => {
  it('registers the app scheme as privileged before ready, and takes the single-instance lock', () => {
    expect(callsBeforeReady).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('opens one hardened window, on the welcome for a fresh journal, with a preload file that exists', () => {
    expect(BrowserWindow.all).toHaveLength(1);
    const [window] = BrowserWindow.all;
    expect(window?.url).toBe('app://ownlog/index.html#/welcome');
    const preload = window?.options.webPreferences?.preload ?? '';
    expect(preload).toBe(path.resolve('out/preload/preload.cjs'));
    expect(fs.existsSync(preload)).toBe(true);
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('serves index.html on the app scheme and refuses paths outside the renderer', async () => {
    const handler = fake.protocolHandler('app');
    if (!handler) throw new Error('no handler for app://');
    const index = await handler(new Request('app://ownlog/'));
    expect(index.status).toBe(200);
    const html = await index.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('http-equiv="Content-Security-Policy"');

    for (const hostile of ['app://ownlog/..%2f..%2fpackage.json', 'app://ownlog/..%2fmain%2fmain.js', 'app://ownlog.evil/index.html']) {
      expect((await handler(new Request(hostile))).status).toBe(404);
    }
  });

  it('binds every IPC channel and keeps the journal in <userData>/journal', async () => {
    expect(fake.ipcChannels().sort()).toEqual(Object.keys(contract).sort());
    const capture = fake.ipcHandler('ownlog:commitment-capture');
    const result = await capture?.({ senderFrame: { url: 'app://ownlog/index.html#/', parent: null } }, { line: 'Write the release notes for Omar by Friday' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Write the release notes', promisedTo: 'Omar' } });
    expect(JSON.stringify(openRecordsOnDisk(path.join(userData.dir, 'journal')))).toContain('Write the release notes');
    expect(BrowserWindow.all[0]?.webContents.sent.map((message) => message.channel)).toEqual(['ownlog:journal-changed']);
  });

  it('keeps the blocker clock on powerMonitor hints, and copies through Electron’s clipboard', async () => {
    // The blocker clock hears every hint; the reminders and the daily backup look again when the machine wakes.
    expect(Object.fromEntries(['suspend', 'resume', 'lock-screen', 'unlock-screen'].map((event) => [event, fake.powerListenerCount(event)]))).toEqual({
      suspend: 1,
      resume: 3,
      'lock-screen': 1,
      'unlock-screen': 2,
    });
    const copy = fake.ipcHandler('ownlog:clipboard-write-text');
    const result = await copy?.({ senderFrame: { url: 'app://ownlog/index.html#/', parent: null } }, { text: "I'm stuck on the release build." });
    expect(result).toEqual({ ok: true, value: {} });
    expect(fake.clipboardTexts).toEqual(["I'm stuck on the release build."]);
  });

  it('keeps backups beside the journal, in <userData>/journal-backups', async () => {
    const list = fake.ipcHandler('ownlog:backup-list');
    const result = await list?.({ senderFrame: { url: 'app://ownlog/index.html#/settings/data', parent: null } }, {});
    expect(result).toEqual({ ok: true, value: { folder: path.join(userData.dir, 'journal-backups'), keepDaily: 14, backups: [] } });
  });

  it('shows the existing window when the app is launched again', () => {
    const [window] = BrowserWindow.all;
    if (!window) throw new Error('no window');
    window.minimized = true;
    fake.calls.length = 0;
    app.emit('second-instance', {}, ['ownlog'], '/home/me', {});
    expect(window.minimized).toBe(false);
    expect(BrowserWindow.all).toHaveLength(1);
    expect(fake.calls.map((call) => call.api)).toContain('BrowserWindow.focus');
  });
});
