import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderBackups } from '../../shared/node/backups.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import { failingWrites, journalFiles, makeJournalDir, openFilePath, openJournalAt, openRecordsOnDisk } from '../support/journal-dir.ts';
import { aCommitment } from '../support/records.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
beforeEach(() => {
  folder = makeJournalDir('layout');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
});
afterEach(() => folder.remove());

const file = (name: string) => path.join(folder.dir, name);
const readJson = (name: string) => JSON.parse(fs.readFileSync(file(name), 'utf8')) as unknown;
const writeJson = (name: string, value: unknown) => fs.writeFileSync(file(name), JSON.stringify(value));

/** A journal as the first layout kept it: every open record in `live`, a close half done. */
function layoutOneJournal() {
  const open = Array.from({ length: 40 }, (_, index) => aCommitment(`open-loop-${String(index).padStart(3, '0')}`, { title: `Promise ${String(index)}` }));
  const closing = aCommitment('closing-one', { title: 'Closed just before the crash', status: 'done', closedAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' });
  const archived = aCommitment('archived-one', { title: 'Closed in October', status: 'done', closedAt: '2026-10-02T10:00:00.000Z', updatedAt: '2026-10-02T10:00:00.000Z' });
  writeJson('layout.json', { version: 1 });
  writeJson('live.json', { records: { ...Object.fromEntries(open.map((record) => [record.id, record])), [closing.id]: closing }, pending: { [closing.id]: { op: 'archive', month: '2026-11' } } });
  writeJson('archive-2026-10.json', { [archived.id]: archived });
  return { open, closing, archived };
}

describe('the journal from the first layout', () => {
  it('is moved on start to files of open records, losing nothing, and a second start changes nothing', () => {
    const { open, closing, archived } = layoutOneJournal();

    const journal = openJournalAt(folder.dir, clock);
    expect(journal.notices()).toEqual([]);
    expect(journal.openLoops().map((loop) => loop.commitment.id).sort()).toEqual(open.map((record) => record.id));
    expect(readJson('layout.json')).toEqual({ version: 2 });
    expect(readJson('live.json')).toEqual({ records: {}, pending: {} });
    expect(openRecordsOnDisk(folder.dir)).toEqual(Object.fromEntries(open.map((record) => [record.id, record])));
    expect(readJson('archive-2026-11.json')).toEqual({ [closing.id]: closing });
    expect(readJson('archive-2026-10.json')).toEqual({ [archived.id]: archived });
    expect(fs.readdirSync(folder.dir).filter((name) => /^open-\d{2}\.json$/.test(name)).length).toBeGreaterThan(10);

    const after = journalFiles(folder.dir);
    expect(openJournalAt(folder.dir, clock).openLoops()).toHaveLength(open.length);
    expect(journalFiles(folder.dir)).toEqual(after);
  });

  it('is moved again whole when a crash stopped the move after some files were written', () => {
    const { open } = layoutOneJournal();
    const layoutOne = journalFiles(folder.dir);
    openJournalAt(folder.dir, clock);
    // The crash: the open files are written, but the layout and `live` are still the old ones.
    for (const [name, bytes] of Object.entries(layoutOne)) fs.writeFileSync(file(name), Buffer.from(bytes, 'base64'));
    fs.rmSync(file('archive-2026-11.json'));

    const journal = openJournalAt(folder.dir, clock);
    expect(journal.openLoops().map((loop) => loop.commitment.id).sort()).toEqual(open.map((record) => record.id));
    expect(readJson('live.json')).toEqual({ records: {}, pending: {} });
    expect(Object.keys(readJson('archive-2026-11.json') as object)).toEqual(['closing-one']);
  });
});

describe('the move to a newer layout', () => {
  it('is started from a backup of the journal as it was, kept always', () => {
    layoutOneJournal();
    const layoutOne = journalFiles(folder.dir);

    openJournalAt(folder.dir, clock);
    const backups = createFolderBackups({ journalDir: folder.dir, clock });
    const [backup] = backups.list();
    expect(backups.list()).toHaveLength(1);
    expect(backup?.kind).toBe('before-migration');
    const kept = path.join(backups.folder, backup?.id ?? '');
    expect(Object.fromEntries(Object.keys(layoutOne).map((name) => [name, fs.readFileSync(path.join(kept, name)).toString('base64')]))).toEqual(layoutOne);
    // Moved once: a later start takes no other backup.
    openJournalAt(folder.dir, clock);
    expect(backups.list()).toHaveLength(1);
  });

  it('that fails part way puts every file back as it was, and says so', () => {
    layoutOneJournal();
    const layoutOne = journalFiles(folder.dir);
    const failing = failingWrites(confFiles(folder.dir));
    // Some files of open records are written, then the disk is full.
    failing.failAfter(5);

    expect(() => openJournalAt(folder.dir, clock, randomIds, failing.files)).toThrow(/^Ownlog could not move your journal to its new layout, so it put every file back as it was\. What went wrong: .*ENOSPC/);
    expect(journalFiles(folder.dir)).toEqual(layoutOne);
    // With room on the disk again, the next start moves it.
    expect(openJournalAt(folder.dir, clock).openLoops()).toHaveLength(40);
  });
});

describe('the files of open records', () => {
  it('take a capture as a write of one small file, leaving every other file as it was', () => {
    const journal = openJournalAt(folder.dir, clock);
    for (let index = 0; index < 300; index += 1) journal.capture(`Promise number ${String(index)}`);
    const before = journalFiles(folder.dir);
    const { id } = journal.capture('Send the rollout plan to Priya by Thu 3pm');
    const after = journalFiles(folder.dir);
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual([path.basename(openFilePath(folder.dir, id))]);
    expect(fs.statSync(openFilePath(folder.dir, id)).size).toBeLessThan(fs.statSync(file('layout.json')).size * 1000);
  });

  it('keep every record where it was when one write of a close fails part way, and the promise stays open', () => {
    const setUp = openJournalAt(folder.dir, clock);
    const { id } = setUp.capture('Write the runbook');
    setUp.capture('Reply to Omar');
    const before = openRecordsOnDisk(folder.dir);
    // Mark, archive, take out of the open file: the unmarking after them cannot undo a close that is done.
    for (let writes = 0; writes < 3; writes += 1) {
      const failing = failingWrites(confFiles(folder.dir));
      const journal = openJournalAt(folder.dir, clock, undefined, failing.files);
      failing.failOne(writes);
      clock.advance(HOUR);
      expect(() => journal.closeAsDone(id)).toThrow(/could not save/);
      expect(openRecordsOnDisk(folder.dir)).toEqual(before);
      expect(readJson('live.json')).toEqual({ records: {}, pending: {} });
      // An archive the close created stays, empty: nothing is deleted.
      expect(fs.existsSync(file('archive-2026-11.json')) ? readJson('archive-2026-11.json') : {}).toEqual({});
      expect(openJournalAt(folder.dir, clock).openLoops().map((loop) => loop.commitment.id)).toContain(id);
    }
  });

  it('keep a close whose writes all fail part way in exactly one place after a restart', () => {
    for (let writes = 0; writes < 3; writes += 1) {
      const setUp = openJournalAt(folder.dir, clock);
      const { id } = setUp.capture(`Write runbook number ${String(writes)}`);
      const failing = failingWrites(confFiles(folder.dir));
      const journal = openJournalAt(folder.dir, clock, undefined, failing.files);
      failing.failAfter(writes);
      expect(() => journal.closeAsDone(id)).toThrow(/could not save/);

      const restarted = openJournalAt(folder.dir, clock);
      const open = restarted.openLoops().some((loop) => loop.commitment.id === id);
      const archived = fs.existsSync(file('archive-2026-11.json')) && id in (readJson('archive-2026-11.json') as object);
      expect([open, archived]).toContain(true);
      expect(open && archived).toBe(false);
    }
  });

  it('finish a close that a crash stopped after it was marked, from the record the mark carries', () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Fix the flaky login test');
    clock.advance(HOUR);
    const done = { ...journal.openLoops()[0]?.commitment, status: 'done', closedAt: clock.now().toISOString() };
    writeJson('live.json', { records: {}, pending: { [id]: { op: 'archive', month: '2026-11', record: done } } });

    const reopened = openJournalAt(folder.dir, clock);
    expect(reopened.openLoops()).toEqual([]);
    expect(readJson('archive-2026-11.json')).toEqual({ [id]: done });
    expect(openRecordsOnDisk(folder.dir)).toEqual({});
    expect(readJson('live.json')).toEqual({ records: {}, pending: {} });
  });
});
