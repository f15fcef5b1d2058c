import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake, ipcMain } from './fake-electron.ts';
import { initIpc } from '../../electron/ipc.ts';
import { contract } from '../../shared/ipc/contract.ts';
import type { Journal } from '../../shared/journal.ts';
import { routerFor } from '../support/journal-router.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let journal: Journal;
let broadcasts: { channel: string; payload: unknown }[];

beforeEach(() => {
  fake.reset();
  folder = makeJournalDir('ipc');
  journal = openJournalAt(folder.dir, new VirtualClock('2026-11-24T14:30:00.000Z'));
  broadcasts = [];
  initIpc({ ipcMain, router: routerFor(journal), journal, broadcast: (channel, payload) => broadcasts.push({ channel, payload }) });
});
afterEach(() => folder.remove());

const appFrame = { url: 'app://ownlog/index.html#/', parent: null };

describe('IPC in the main process', () => {
  it('binds every channel of the contract, and nothing else', () => {
    expect(fake.ipcChannels().sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers the app’s own page and pushes the change to every window', async () => {
    const handler = fake.ipcHandler('ownlog:commitment-capture');
    const result = await handler?.({ senderFrame: appFrame }, { line: 'Send rollout plan to Priya by Thu 3pm' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Send rollout plan', promisedTo: 'Priya' } });
    expect(broadcasts).toEqual([{ channel: 'ownlog:journal-changed', payload: { at: '2026-11-24T14:30:00.000Z' } }]);
  });

  it.each([
    ['an iframe', { url: 'app://ownlog/index.html', parent: {} }],
    ['another site', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://ownlog.evil/', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s and changes nothing', async (_label, senderFrame) => {
    const handler = fake.ipcHandler('ownlog:commitment-capture');
    const result = await handler?.({ senderFrame }, { line: 'Sneaky promise' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(journal.openLoops()).toEqual([]);
  });
});
