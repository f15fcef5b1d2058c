import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalRecord } from '../../shared/store/port.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { seedHeavyJournal, writeHeavyJournal } from '../support/seed-journal.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const NOW = '2026-11-24T14:30:00.000Z';
const SMALL = { now: new Date(NOW), years: 3, records: 6_000, open: 120 };

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  folder = makeJournalDir('heavy');
});
afterEach(() => folder.remove());

describe('the heavy-journal seed', () => {
  it('makes the same journal every run, of every kind of record, each one valid', () => {
    const records = seedHeavyJournal(SMALL);
    expect(seedHeavyJournal(SMALL)).toEqual(records);
    expect(seedHeavyJournal({ ...SMALL, seed: 99 })).not.toEqual(records);
    expect(records).toHaveLength(SMALL.records);
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(['commitment', 'blocker', 'checkin', 'decision', 'status-update', 'postmortem']));
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    const invalid = records.filter((record) => !JournalRecord.safeParse(record).success);
    expect(invalid).toEqual([]);
    const closedYears = new Set(records.flatMap((record) => (record.closedAt === null ? [] : [record.closedAt.slice(0, 4)])));
    expect(closedYears.size).toBeGreaterThanOrEqual(SMALL.years);
  });

  it('writes a folder the app opens with every open commitment on Open loops and the rest in archives', () => {
    writeHeavyJournal(folder.dir, SMALL);
    const journal = openJournalAt(folder.dir, new VirtualClock(NOW));
    expect(journal.openLoops()).toHaveLength(SMALL.open);
    expect(journal.notices()).toEqual([]);
    // Closed records are in the archives of the months they closed in, years back.
    const lessons = journal.postmortems.search('lock holders').filter((hit) => hit.kind === 'blocker-lesson');
    expect(new Set(lessons.map((hit) => hit.at.slice(0, 4))).size).toBeGreaterThanOrEqual(SMALL.years);
  });
});
