import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake } from './fake-electron.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

describe('the built main process started while Ownlog already runs', () => {
  it('hands its command to the running instance as data, then quits without opening a window or touching the journal', async () => {
    fake.reset();
    fake.setInstanceLock(false);
    const userData = makeJournalDir('second');
    fake.setUserData(userData.dir);
    const argv = process.argv;
    // `electron . capture …` from the sources; a switch Chromium added lands in the middle.
    process.argv = ['/usr/lib/electron/electron', '.', 'capture', '--enable-features=WaylandWindowDecorations', 'Send rollout plan to Priya by Thu 3pm'];
    try {
      await import(/* @vite-ignore */ path.resolve('out/main/main.js'));
    } finally {
      process.argv = argv;
    }
    expect(fake.calls.map((call) => call.api)).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock', 'app.quit']);
    expect(app.additionalData).toEqual({ command: { kind: 'capture', line: 'Send rollout plan to Priya by Thu 3pm' } });
    fake.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(BrowserWindow.all).toEqual([]);
    expect(fake.ipcChannels()).toEqual([]);
    userData.remove();
  });
});
