import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeJournalDir, openFilePath, openJournalAt, openRecordsOnDisk, snapshotFiles } from '../support/journal-dir.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
beforeEach(() => {
  folder = makeJournalDir('recovery');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
});
afterEach(() => folder.remove());

const livePath = () => path.join(folder.dir, 'live.json');

describe('a damaged store', () => {
  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['zeroed', (text: string) => '\0'.repeat(text.length)],
    ['not JSON at all', () => 'this is not json {'],
  ])('that is %s is moved aside, never deleted, and the user is told where it went', (_kind, damage) => {
    const { id } = openJournalAt(folder.dir, clock).capture('Send rollout plan to Priya by Thu 3pm');
    const file = openFilePath(folder.dir, id);
    const damaged = damage(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, damaged);

    const journal = openJournalAt(folder.dir, clock);
    expect(journal.openLoops()).toEqual([]);
    const [notice] = journal.notices();
    expect(notice).toMatchObject({ problem: 'unreadable', file });
    expect(notice?.keptAt).toMatch(/open-\d{2}\.unreadable-2026-11-24T14-30-00-000Z\.json$/);
    expect(fs.readFileSync(notice?.keptAt ?? '', 'utf8')).toBe(damaged);
    expect(notice?.message).toContain(notice?.keptAt);

    // The journal keeps working after the recovery.
    journal.capture('Reply to Omar');
    expect(openJournalAt(folder.dir, clock).openLoops()).toHaveLength(1);
  });

  it('keeps the records it understands, and a copy of the file with the one it does not', () => {
    const journal = openJournalAt(folder.dir, clock);
    const kept = journal.capture('Reply to Omar');
    const broken = journal.capture('Write the runbook');
    const file = JSON.parse(fs.readFileSync(openFilePath(folder.dir, broken.id), 'utf8')) as Record<string, Record<string, unknown>>;
    file[broken.id] = { ...file[broken.id], status: 'sort-of-done' };
    fs.writeFileSync(openFilePath(folder.dir, broken.id), JSON.stringify(file));

    const reopened = openJournalAt(folder.dir, clock);
    expect(reopened.openLoops().map((loop) => loop.commitment.id)).toEqual([kept.id]);
    const [notice] = reopened.notices();
    expect(notice).toMatchObject({ problem: 'invalid-records' });
    expect(fs.readFileSync(notice?.keptAt ?? '', 'utf8')).toContain('sort-of-done');
  });

  it('finishes a move to the archive that a crash interrupted', () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Fix the flaky login test');
    clock.advance(HOUR);
    const done = journal.closeAsDone(id);
    // The state a crash leaves between "marked as moving" and "written to the archive".
    fs.rmSync(path.join(folder.dir, 'archive-2026-11.json'));
    fs.writeFileSync(livePath(), JSON.stringify({ records: { [id]: done }, pending: { [id]: { op: 'archive', month: '2026-11' } } }));

    const reopened = openJournalAt(folder.dir, clock);
    expect(reopened.openLoops()).toEqual([]);
    const archive = JSON.parse(fs.readFileSync(path.join(folder.dir, 'archive-2026-11.json'), 'utf8')) as Record<string, unknown>;
    expect(archive[id]).toEqual(done);
    expect(JSON.parse(fs.readFileSync(livePath(), 'utf8'))).toEqual({ records: {}, pending: {} });
  });

  it('finishes a reopen that a crash interrupted, leaving the record open and only there', () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Write the runbook');
    const done = journal.closeAsDone(id);
    clock.advance(HOUR);
    const reopened = { ...done, status: 'open', closedAt: null };
    // The state a crash leaves between "written back to live" and "removed from the archive".
    fs.writeFileSync(livePath(), JSON.stringify({ records: { [id]: reopened }, pending: { [id]: { op: 'unarchive', month: '2026-11' } } }));

    const recovered = openJournalAt(folder.dir, clock);
    expect(recovered.openLoops().map((loop) => loop.commitment)).toEqual([reopened]);
    expect(JSON.parse(fs.readFileSync(path.join(folder.dir, 'archive-2026-11.json'), 'utf8'))).toEqual({});
    expect(JSON.parse(fs.readFileSync(livePath(), 'utf8'))).toEqual({ records: {}, pending: {} });
    expect(openRecordsOnDisk(folder.dir)).toEqual({ [id]: reopened });
  });

  it('reads a journal from a newer layout but never writes to it', () => {
    openJournalAt(folder.dir, clock).capture('Reply to Omar');
    fs.writeFileSync(path.join(folder.dir, 'layout.json'), JSON.stringify({ version: 99 }));
    const before = snapshotFiles(folder.dir);

    const journal = openJournalAt(folder.dir, clock);
    expect(journal.openLoops()).toHaveLength(1);
    expect(journal.notices()[0]).toMatchObject({ problem: 'newer-layout' });
    expect(() => journal.capture('Another promise')).toThrow(/newer version of Ownlog/);
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });
});
