import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract.ts';
import type { Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';
import { dataFileHandlers } from '../../electron/data-files.ts';
import { shellHandlers } from '../../electron/shell-handlers.ts';
import { recordingShell, routerFor } from '../support/journal-router.ts';
import { makeJournalDir, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let journal: Journal;
let router: Router;

beforeEach(() => {
  folder = makeJournalDir('router');
  journal = openJournalAt(folder.dir, new VirtualClock('2026-11-24T14:30:00.000Z'));
  router = routerFor(journal);
});
afterEach(() => folder.remove());

describe('router', () => {
  it('answers every channel of the contract', async () => {
    const captured = await router.invoke('ownlog:commitment-capture', { line: 'Write the RFC for Payments Team by Friday' });
    expect(captured.ok).toBe(true);
    const recording = recordingShell();
    const data = dataFileHandlers({ journal, saveFile: recording.exports.saveFile, openFile: recording.imports.openFile });
    const shell = Object.keys(shellHandlers({ ...recording, data }));
    expect(shell.sort()).toEqual(['ownlog:capture-window-done', 'ownlog:clipboard-write-text', 'ownlog:data-export-save', 'ownlog:data-import-choose', 'ownlog:export-save', 'ownlog:shell-info']);
    expect(Object.keys(contract).sort()).toEqual([...Object.keys(journal.handlers), ...shell].sort());
  });

  it('answers a preview without saving anything', async () => {
    const before = snapshotFiles(folder.dir);
    const preview = await router.invoke('ownlog:commitment-preview', { line: 'Send rollout plan to Priya by Thu 3pm' });
    expect(preview).toEqual({
      ok: true,
      value: {
        parsed: {
          title: 'Send rollout plan',
          promisedTo: 'Priya',
          due: '2026-11-26T14:00:00.000Z',
          source: null,
          parts: [
            { kind: 'promisedTo', text: 'to Priya', start: 18, end: 26 },
            { kind: 'due', text: 'by Thu 3pm', start: 27, end: 37 },
          ],
        },
        overCapacity: null,
      },
    });
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });

  const badRequests: [string, string, unknown, RegExp][] = [
    ['an unknown channel', 'ownlog:everything-delete', {}, /no request called/],
    ['a missing payload', 'ownlog:commitment-capture', undefined, /expected object/i],
    ['a line of the wrong type', 'ownlog:commitment-capture', { line: 42 }, /expected string/i],
    ['an empty line', 'ownlog:commitment-capture', { line: '   ' }, /Type what you promised/],
    ['a huge line', 'ownlog:commitment-capture', { line: 'x'.repeat(100_000) }, /at most 2000 characters/],
    ['an extra field', 'ownlog:commitment-capture', { line: 'Reply to Omar', admin: true }, /unrecognized key/i],
    ['a prototype-polluting key', 'ownlog:commitment-capture', JSON.parse('{"line":"Reply to Omar","__proto__":{"polluted":true}}'), /may not hold a field called __proto__/],
    ['an id that is not an id', 'ownlog:commitment-close-done', { id: '../../etc/passwd' }, /not a valid record id/i],
    ['an id of nothing', 'ownlog:commitment-close-done', { id: 'nothing-here-1234' }, /no longer open/],
    ['a line with only a date', 'ownlog:commitment-capture', { line: 'by Friday' }, /Say what you promised/],
    ['a part to ignore that does not exist', 'ownlog:commitment-capture', { line: 'Reply to Omar', ignore: ['weather'] }, /invalid option/i],
    ['a drop without a note', 'ownlog:commitment-drop', { id: 'rec-0000-0001', note: '' }, /no longer open|Write/],
    ['a renegotiation without a date', 'ownlog:commitment-renegotiate', { id: 'rec-0000-0001', message: 'Friday?' }, /expected string/i],
    ['a renegotiation to a date that is not a date', 'ownlog:commitment-renegotiate', { id: 'rec-0000-0001', due: '2026-13-45', message: 'x' }, /datetime/i],
    ['an edit that changes nothing', 'ownlog:commitment-edit', { id: 'rec-0000-0001', changes: {} }, /at least one field/],
    ['an ownership level of 9', 'ownlog:commitment-edit', { id: 'rec-0000-0001', changes: { ownership: 9 } }, /level from 1 to 5/],
    ['a scope change that costs nothing', 'ownlog:commitment-scope-add', { id: 'rec-0000-0001', what: 'x', costDays: 0, whyNow: '', message: 'x' }, /more than 0 days/],
    ['a closed search that ends before it starts', 'ownlog:commitment-closed', { from: '2026-11-30T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' }, /start before it ends/],
    ['a reopen in a month that is not a month', 'ownlog:commitment-reopen', { id: 'rec-0000-0001', month: '2026-13' }, /Not a month/],
    ['a far-future due date', 'ownlog:commitment-edit', { id: 'rec-0000-0001', changes: { due: '+275760-09-13T00:00:00.000Z' } }, /datetime/i],
  ];

  it.each(badRequests)('rejects %s with a clear message and leaves every file byte-identical', async (_label, channel, payload, message) => {
    await router.invoke('ownlog:commitment-capture', { line: 'Existing promise to Lee by Monday' });
    const before = snapshotFiles(folder.dir);
    const result = await router.invoke(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshotFiles(folder.dir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a failed write as a storage error and keeps the journal as it was', async () => {
    await router.invoke('ownlog:commitment-capture', { line: 'Existing promise' });
    fs.chmodSync(folder.dir, 0o500);
    try {
      const result = await router.invoke('ownlog:commitment-capture', { line: 'Promise that cannot be written' });
      // Root ignores directory permissions; the check only means something for a normal user.
      if (process.getuid?.() !== 0) {
        expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
        expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Existing promise']);
      }
    } finally {
      fs.chmodSync(folder.dir, 0o700);
    }
    expect(fs.existsSync(path.join(folder.dir, 'live.json'))).toBe(true);
  });
});
