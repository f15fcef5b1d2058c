import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Blocker } from '../../shared/domain/blocker.ts';
import type { BlockerList, BlockerView } from '../../shared/blockers/view.ts';
import type { Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';
import { journalFiles, makeJournalDir, openJournalAt, openRecordsOnDisk, snapshotFiles } from '../support/journal-dir.ts';
import { recordingClipboard, recordingShell, routerFor, type RecordingClipboard } from '../support/journal-router.ts';
import { startAndSend, valueOf } from '../support/run-journal-process.ts';
import { MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  folder = makeJournalDir('blockers');
});
afterEach(() => folder.remove());

describe('a blocker across runs of the app, each in a fresh process', () => {
  it('keeps its clock through crashes and downtime, notifies once, and is raised and resolved', async () => {
    // Run 1: started, then 45 minutes awake, then a crash.
    const first = await startAndSend(folder.dir, '2026-11-24T14:30:00.000Z', 'ownlog:blocker-start', { what: 'CI cannot pull the base image', thresholdMinutes: 60 }, 45);
    const { blocker } = valueOf(first.result) as BlockerView;
    expect(first.reached).toEqual([]);

    // Run 2, after 1 h 45 min off: what was counted up to the last heartbeat, and the
    // threshold is reported once, 15 minutes into this run.
    const second = await startAndSend(folder.dir, '2026-11-24T17:00:00.000Z', 'ownlog:blocker-list', {}, 20);
    const listed = valueOf(second.result) as BlockerList;
    expect(listed.blockers.map((view) => [view.blocker.id, view.elapsedMs / MINUTE, view.counting])).toEqual([[blocker.id, 45, true]]);
    expect(listed.defaultThresholdMinutes).toBe(120);
    expect(second.reached).toEqual([blocker.id]);

    // Run 3: not reported again, and the panel asks to raise it.
    const third = await startAndSend(folder.dir, '2026-11-24T18:00:00.000Z', 'ownlog:blocker-get', { id: blocker.id }, 5);
    expect(third.reached).toEqual([]);
    const shown = valueOf(third.result) as BlockerView;
    expect(shown).toMatchObject({ elapsedMs: 65 * MINUTE, shouldRaise: true, blocker: { thresholdReachedAt: '2026-11-24T17:15:00.000Z' } });
    expect(shown.blocker.segments.map((segment) => [segment.from, segment.to, segment.ms / MINUTE, segment.end])).toEqual([
      ['2026-11-24T14:30:00.000Z', '2026-11-24T15:15:00.000Z', 45, 'stopped'],
      ['2026-11-24T17:00:00.000Z', '2026-11-24T17:20:00.000Z', 20, 'stopped'],
      ['2026-11-24T18:00:00.000Z', null, 0, null],
    ]);

    const raised = valueOf((await startAndSend(folder.dir, '2026-11-24T19:00:00.000Z', 'ownlog:blocker-raise', { id: blocker.id, to: 'Priya' })).result) as BlockerView;
    expect(raised.blocker.raised).toMatchObject({ to: 'Priya', at: '2026-11-24T19:00:00.000Z', blockedMs: 70 * MINUTE });

    const resolved = valueOf(
      (await startAndSend(folder.dir, '2026-11-24T20:00:00.000Z', 'ownlog:blocker-resolve', { id: blocker.id, how: 'Registry permissions fixed by Priya', lesson: 'Check service-account access first' })).result,
    ) as Blocker;
    expect(resolved.resolution).toEqual({ at: '2026-11-24T20:00:00.000Z', how: 'Registry permissions fixed by Priya', lesson: 'Check service-account access first', blockedMs: 70 * MINUTE });

    const after = await startAndSend(folder.dir, '2026-11-24T20:05:00.000Z', 'ownlog:blocker-list', {});
    expect((valueOf(after.result) as BlockerList).blockers).toEqual([]);
    expect(after.notices).toEqual([]);
    const archive = JSON.parse(fs.readFileSync(path.join(folder.dir, 'archive-2026-11.json'), 'utf8')) as Record<string, Blocker>;
    expect(archive[blocker.id]).toEqual(resolved);
  });
});

describe('the blocker channels', () => {
  let journal: Journal;
  let router: Router;
  let clipboard: RecordingClipboard;
  let id: string;

  beforeEach(() => {
    const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
    journal = openJournalAt(folder.dir, clock);
    clipboard = recordingClipboard();
    router = routerFor(journal, recordingShell({ clipboard }));
    id = journal.blockers.start({ what: 'Login fails on staging' }).blocker.id;
    clock.advance(MINUTE);
    journal.blockers.heartbeat();
    journal.blockers.logAttempt({ id, tried: 'Cleared cookies', showed: 'Still 401' });
  });

  it('copy the draft to the system clipboard through the shell', async () => {
    const { draft } = journal.blockers.get(id);
    expect(await router.invoke('ownlog:clipboard-write-text', { text: draft.plain })).toEqual({ ok: true, value: {} });
    expect(clipboard.texts).toEqual(["I'm stuck on Login fails on staging.\n\nI've tried:\n1. Cleared cookies — Still 401"]);
  });

  const long = (length: number) => 'x'.repeat(length);
  const badRequests: [string, string, (id: string) => unknown, RegExp][] = [
    ['a blocker with nothing blocked', 'ownlog:blocker-start', () => ({ what: '   ' }), /Say what you are stuck on/],
    ['a huge what', 'ownlog:blocker-start', () => ({ what: long(501) }), /at most 500 characters/],
    ['a threshold of zero', 'ownlog:blocker-start', () => ({ what: 'Stuck', thresholdMinutes: 0 }), /at least a minute/],
    ['a threshold in fractions', 'ownlog:blocker-start', () => ({ what: 'Stuck', thresholdMinutes: 1.5 }), /whole minutes/],
    ['a threshold as text', 'ownlog:blocker-start', () => ({ what: 'Stuck', thresholdMinutes: '120' }), /expected number/i],
    ['a commitment that is not an id', 'ownlog:blocker-start', () => ({ what: 'Stuck', commitmentId: '../live' }), /not a valid record id/i],
    ['a commitment that does not exist', 'ownlog:blocker-start', () => ({ what: 'Stuck', commitmentId: 'nothing-here-1234' }), /no longer open/],
    ['an attempt with nothing tried', 'ownlog:blocker-log-attempt', (blocker) => ({ id: blocker, tried: '', showed: 'x' }), /Say what you tried/],
    ['an attempt on no blocker', 'ownlog:blocker-log-attempt', () => ({ id: 'nothing-here-1234', tried: 'x', showed: '' }), /no longer open/],
    ['an extra field', 'ownlog:blocker-log-attempt', (blocker) => ({ id: blocker, tried: 'x', showed: '', at: '2020-01-01T00:00:00.000Z' }), /unrecognized key/i],
    ['an edit that changes nothing', 'ownlog:blocker-edit', (blocker) => ({ id: blocker }), /Say what to change/],
    ['evidence past its limit', 'ownlog:blocker-edit', (blocker) => ({ id: blocker, evidence: long(200_001) }), /at most 200000 characters/],
    ['a raise to nobody', 'ownlog:blocker-raise', (blocker) => ({ id: blocker, to: ' ' }), /Say who you raised it with/],
    ['a resolution without how', 'ownlog:blocker-resolve', (blocker) => ({ id: blocker, how: '' }), /Say how it was resolved/],
    ['a resume of a running blocker', 'ownlog:blocker-resume', (blocker) => ({ id: blocker }), /already running/],
    ['nothing to copy', 'ownlog:clipboard-write-text', () => ({ text: '' }), /nothing to copy/],
    ['too much to copy', 'ownlog:clipboard-write-text', () => ({ text: long(300_001) }), /too long to copy/],
  ];

  it.each(badRequests)('reject %s with a clear message and leave every file byte-identical', async (_label, channel, payload, message) => {
    const before = snapshotFiles(folder.dir);
    const result = await router.invoke(channel, payload(id));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshotFiles(folder.dir)).toEqual(before);
    expect(clipboard.texts).toEqual([]);
  });
});

describe('the heartbeat', () => {
  it('rewrites only its own small file while blockers run, never the open records', () => {
    const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
    const journal = openJournalAt(folder.dir, clock);
    for (let index = 0; index < 25; index += 1) journal.capture(`Promise number ${String(index)} to Lee by Friday`);
    journal.blockers.start({ what: 'Login fails on staging' });
    journal.blockers.start({ what: 'The SDK returns 403' });
    const records = openRecordsOnDisk(folder.dir);
    const files = journalFiles(folder.dir);
    const beats: string[] = [];
    for (let minute = 0; minute < 10; minute += 1) {
      clock.advance(MINUTE);
      journal.blockers.heartbeat();
      beats.push(fs.readFileSync(path.join(folder.dir, 'blocker-heartbeat.json'), 'utf8'));
    }
    expect(openRecordsOnDisk(folder.dir)).toEqual(records);
    expect(Object.entries(journalFiles(folder.dir)).filter(([name, bytes]) => files[name] !== bytes).map(([name]) => name)).toEqual(['blocker-heartbeat.json']);
    expect(new Set(beats).size).toBe(10);
    expect(Math.max(...beats.map((beat) => beat.length))).toBeLessThan(400);
  });
});

describe('a damaged heartbeat file', () => {
  it('is moved aside, never deleted, and the clock carries on from the records', () => {
    const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.blockers.start({ what: 'Login fails on staging' }).blocker;
    clock.advance(MINUTE);
    journal.blockers.pause(id);
    journal.blockers.resume(id);
    clock.advance(MINUTE);
    journal.blockers.heartbeat();
    const heartbeat = path.join(folder.dir, 'blocker-heartbeat.json');
    fs.writeFileSync(heartbeat, '{"at": "2026-11');

    const reopened = openJournalAt(folder.dir, clock);
    expect(reopened.blockers.get(id).elapsedMs).toBe(MINUTE);
    const [notice] = reopened.notices();
    expect(notice).toMatchObject({ file: heartbeat, problem: 'unreadable' });
    expect(fs.readFileSync(notice?.keptAt ?? '', 'utf8')).toBe('{"at": "2026-11');
    clock.advance(MINUTE);
    reopened.blockers.heartbeat();
    clock.advance(MINUTE);
    reopened.blockers.heartbeat();
    expect(reopened.blockers.get(id).elapsedMs).toBe(2 * MINUTE);
  });
});
