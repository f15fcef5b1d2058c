import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confFiles, type OpenStoreFile } from '../../shared/node/store-files.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { writeHeavyJournal } from '../support/seed-journal.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const NOW = '2026-11-24T14:30:00.000Z';
let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
beforeEach(() => {
  folder = makeJournalDir('search');
  clock = new VirtualClock(NOW);
  writeHeavyJournal(folder.dir, { now: new Date(NOW), years: 3, records: 5_000, open: 20 });
});
afterEach(() => folder.remove());

/** The journal's files, counting every read of an archive. */
function countingArchiveReads(): { files: OpenStoreFile; reads: string[] } {
  const reads: string[] = [];
  const files = confFiles(folder.dir);
  return {
    reads,
    files: (name) => {
      const file = files(name);
      return {
        path: file.path,
        get store() {
          if (name.startsWith('archive-')) reads.push(name);
          return file.store;
        },
        set store(value) {
          file.store = value;
        },
      };
    },
  };
}

const lessonsFor = (journal: ReturnType<typeof openJournalAt>, text: string) =>
  journal.postmortems
    .search(text)
    .filter((hit) => hit.kind === 'blocker-lesson')
    .map((hit) => hit.blockerId)
    .sort();

describe('full-text search across restarts', () => {
  it('finds lessons from years of archives after a restart without reading any archive', () => {
    const first = lessonsFor(openJournalAt(folder.dir, clock), 'lock holders');
    expect(first.length).toBeGreaterThan(10);
    expect(fs.existsSync(path.join(folder.dir, 'search-index.json'))).toBe(true);

    const counting = countingArchiveReads();
    const restarted = openJournalAt(folder.dir, clock, undefined, counting.files);
    expect(lessonsFor(restarted, 'lock holders')).toEqual(first);
    expect(counting.reads).toEqual([]);
  });

  it('finds a lesson learned since the index was saved, reading only the month it went to', () => {
    openJournalAt(folder.dir, clock).postmortems.search('lock holders');
    const counting = countingArchiveReads();
    const journal = openJournalAt(folder.dir, clock, undefined, counting.files);
    const { blocker } = journal.blockers.start({ what: 'The cache warmer stalls after a deploy' });
    journal.blockers.resolve({ id: blocker.id, how: 'Raised the warmer timeout', lesson: 'Warm caches before shifting traffic' });
    counting.reads.length = 0;

    expect(lessonsFor(journal, 'warm caches')).toEqual([blocker.id]);
    expect(new Set(counting.reads)).toEqual(new Set(['archive-2026-11']));
    expect(lessonsFor(openJournalAt(folder.dir, clock), 'warm caches')).toEqual([blocker.id]);
  });

  it('makes the index again from the records when its file is damaged, and sets the damaged one aside', () => {
    const first = lessonsFor(openJournalAt(folder.dir, clock), 'lock holders');
    fs.writeFileSync(path.join(folder.dir, 'search-index.json'), '{"version": 1, "months": {');

    const journal = openJournalAt(folder.dir, clock);
    expect(lessonsFor(journal, 'lock holders')).toEqual(first);
    expect(journal.notices()).toEqual([]);
    expect(fs.readdirSync(folder.dir).filter((name) => name.startsWith('search-index.unreadable-'))).toHaveLength(1);
    expect(lessonsFor(openJournalAt(folder.dir, clock), 'lock holders')).toEqual(first);
  });
});
