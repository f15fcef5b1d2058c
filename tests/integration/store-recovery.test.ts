import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../support/call.ts';
import { makeJournalDir, openFilePath, openJournalAt, openRecordsOnDisk, snapshotFiles } from '../support/journal-dir.ts';
import { routerFor } from '../support/journal-router.ts';
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

describe('any damaged journal file', () => {
  const damages = [
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['zeroed', (text: string) => '\0'.repeat(text.length)],
    ['invalid JSON', (text: string) => `${text.slice(0, -1)},,}`],
  ] as const;
  const files = ['settings', 'layout', 'archive-2026-11', 'blocker-heartbeat'] as const;

  it.each(files.flatMap((file) => damages.map(([kind, damage]) => [file, kind, damage] as const)))(
    '%s.json %s is moved aside whole, the user is told where, and the rest of the journal is kept',
    (file, _kind, damage) => {
      const journal = openJournalAt(folder.dir, clock);
      const open = journal.capture('Send rollout plan to Priya by Thu 3pm');
      const closed = journal.capture('Fix the flaky login test');
      journal.closeAsDone(closed.id);
      call(journal, 'ownlog:settings-save', { changes: { dueSoonHours: 48 } });
      journal.blockers.start({ what: 'Waiting on the staging database', commitmentId: open.id });
      journal.blockers.heartbeat();
      const target = path.join(folder.dir, `${file}.json`);
      const damaged = damage(fs.readFileSync(target, 'utf8'));
      fs.writeFileSync(target, damaged);

      const reopened = openJournalAt(folder.dir, clock);
      // Read everything once, as the app's first screens do.
      const loops = reopened.openLoops();
      const archived = call(reopened, 'ownlog:commitment-closed', { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
      reopened.blockers.heartbeat();

      const notices = reopened.notices().filter((notice) => notice.file === target);
      expect(notices).toHaveLength(1);
      const [notice] = notices;
      expect(notice).toMatchObject({ problem: 'unreadable', file: target });
      expect(notice?.message).toContain(notice?.keptAt);
      expect(fs.readFileSync(notice?.keptAt ?? '', 'utf8')).toBe(damaged);
      // Only that file was lost to the journal; what was in the others is all there.
      expect(loops.map((loop) => loop.commitment.id)).toEqual([open.id]);
      if (file !== 'archive-2026-11') expect(archived.map((commitment) => commitment.id)).toEqual([closed.id]);
      if (file !== 'settings') expect(reopened.settings().dueSoonHours).toBe(48);

      // And the journal writes that file afresh.
      reopened.closeAsDone(open.id);
      call(reopened, 'ownlog:settings-save', { changes: { agingDays: 9 } });
      const again = openJournalAt(folder.dir, clock);
      expect(again.notices()).toEqual([]);
      expect(again.settings().agingDays).toBe(9);
    },
  );
});

describe('a journal from a newer version of Ownlog', () => {
  it('refuses every change with a message saying why, tells the user, and is never downgraded', async () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Reply to Omar');
    fs.writeFileSync(path.join(folder.dir, 'layout.json'), JSON.stringify({ version: 7, addedLater: true }));
    const before = snapshotFiles(folder.dir);

    const router = routerFor(openJournalAt(folder.dir, clock));
    const notices = await router.invoke('ownlog:journal-notices', {});
    expect(notices).toMatchObject({ ok: true, value: [{ problem: 'newer-layout', file: path.join(folder.dir, 'layout.json') }] });
    expect(JSON.stringify(notices)).toMatch(/newer version of Ownlog \(layout 7.*Update Ownlog/);
    const writes: [string, unknown][] = [
      ['ownlog:commitment-capture', { line: 'Another promise' }],
      ['ownlog:commitment-close-done', { id }],
      ['ownlog:commitment-edit', { id, changes: { notes: 'More detail' } }],
      ['ownlog:commitment-delete', { id }],
      ['ownlog:settings-save', { changes: { dueSoonHours: 12 } }],
      ['ownlog:blocker-start', { what: 'Waiting on review' }],
      ['ownlog:decision-record', { what: 'Use Postgres', why: 'Fewer moving parts' }],
    ];
    for (const [channel, payload] of writes) {
      const refused = await router.invoke(channel, payload);
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(refused.ok || refused.error.message).toMatch(/newer version of Ownlog/);
    }
    expect(await router.invoke('ownlog:loops-list', {})).toMatchObject({ ok: true, value: { counts: { total: 1 } } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });
});
