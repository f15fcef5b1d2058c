import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake } from './fake-electron.ts';
import { electronStoreFiles } from '../../electron/journal-files.ts';
import { openJournal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import { makeJournalDir, openFilePath } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let userData: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  userData = makeJournalDir('user-data');
  fake.setUserData(userData.dir);
});
afterEach(() => userData.remove());

describe('the journal files through electron-store', () => {
  it('live in <userData>/journal and are the same files conf writes under Node', () => {
    const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
    const inApp = openJournal({ clock, ids: randomIds, store: createConfJournalStore(electronStoreFiles(userData.dir), clock) });
    const captured = inApp.capture('Send rollout plan to Priya by Thu 3pm');
    expect(fs.readdirSync(path.join(userData.dir, 'journal')).sort()).toEqual(['layout.json', 'live.json', path.basename(openFilePath(userData.dir, captured.id))]);

    // The same folder opened through plain conf, as the tests and tools do, reads the same journal.
    const underNode = openJournal({ clock, ids: randomIds, store: createConfJournalStore(confFiles(path.join(userData.dir, 'journal')), clock) });
    expect(underNode.openLoops().map((loop) => loop.commitment)).toEqual([captured]);
  });

  it('never clears a damaged file and keeps dots in keys as keys', () => {
    const open = electronStoreFiles(userData.dir);
    const file = open('probe');
    file.store = { 'a.b': 1 };
    expect(JSON.parse(fs.readFileSync(file.path, 'utf8'))).toEqual({ 'a.b': 1 });
    fs.writeFileSync(file.path, '{ damaged');
    expect(() => open('probe').store).toThrow(/not valid JSON/);
    expect(fs.readFileSync(file.path, 'utf8')).toBe('{ damaged');
  });
});
