import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake, ipcMain } from './fake-electron.ts';
import { initIpc } from '../../electron/ipc.ts';
import type { OwnlogApi } from '../../shared/ipc/api.ts';
import { routerFor } from '../support/journal-router.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;

beforeEach(() => {
  fake.reset();
  folder = makeJournalDir('preload');
});
afterEach(() => folder.remove());

function isOwnlogApi(value: unknown): value is OwnlogApi {
  return typeof value === 'object' && value !== null && 'invoke' in value && 'on' in value;
}

describe('the preload', () => {
  it('exposes only window.ownlog, and it reaches the journal through ipcRenderer', async () => {
    const journal = openJournalAt(folder.dir, new VirtualClock('2026-11-24T14:30:00.000Z'));
    initIpc({ ipcMain, router: routerFor(journal), journal, broadcast: (channel, payload) => fake.pushToRenderer(channel, payload) });
    await import('../../electron/preload.ts');

    const api = fake.exposed('ownlog');
    if (!isOwnlogApi(api)) throw new Error('window.ownlog was not exposed');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);

    const changes: string[] = [];
    const stop = api.on('journal-changed', (event) => changes.push(event.at));
    const captured = await api.invoke('ownlog:commitment-capture', { line: 'Send rollout plan to Priya by Thu 3pm' });
    expect(captured).toMatchObject({ ok: true, value: { title: 'Send rollout plan', due: '2026-11-26T14:00:00.000Z' } });
    expect(changes).toEqual(['2026-11-24T14:30:00.000Z']);

    stop();
    expect(fake.rendererListenerCount('ownlog:journal-changed')).toBe(0);
    expect(fake.calls.filter((call) => call.api === 'ipcRenderer.invoke').map((call) => call.args[0])).toEqual(['ownlog:commitment-capture']);
  });
});
