import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserWindow, fake } from './fake-electron.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

describe('the built main process started while Ownlog already runs', () => {
  it('quits without opening a window or touching the journal', async () => {
    fake.reset();
    fake.setInstanceLock(false);
    const userData = makeJournalDir('second');
    fake.setUserData(userData.dir);
    await import(/* @vite-ignore */ path.resolve('out/main/main.js'));
    expect(fake.calls.map((call) => call.api)).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock', 'app.quit']);
    fake.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(BrowserWindow.all).toEqual([]);
    expect(fake.ipcChannels()).toEqual([]);
    userData.remove();
  });
});
