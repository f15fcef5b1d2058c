import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { makeJournalDir, openJournalAt, openRecordsOnDisk } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('blocker-clock');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => folder.remove());

/** What the shell does while the machine is awake: a heartbeat every minute. */
function awakeFor(minutes: number, on: Journal = journal): string[] {
  const reached: string[] = [];
  for (let minute = 0; minute < minutes; minute += 1) {
    clock.advance(MINUTE);
    reached.push(...on.blockers.heartbeat().reached.map((view) => view.blocker.id));
  }
  return reached;
}

function blockedMinutes(id: string, on: Journal = journal): number {
  return on.blockers.get(id).elapsedMs / MINUTE;
}

function start(what = 'CI cannot pull the base image', thresholdMinutes?: number): string {
  return journal.blockers.start({ what, ...(thresholdMinutes === undefined ? {} : { thresholdMinutes }) }).blocker.id;
}

/** Quit or crash, then start again: a new journal over the same folder, and the shell's first heartbeat. */
function restart(): Journal {
  journal = openJournalAt(folder.dir, clock);
  journal.blockers.heartbeat();
  return journal;
}

describe('the blocker clock', () => {
  it('counts the time the machine is awake, between heartbeats too', () => {
    const id = start();
    awakeFor(90);
    expect(blockedMinutes(id)).toBe(90);
    // Between two heartbeats the journal reads the monotonic clock itself.
    clock.advance(30_000);
    expect(journal.blockers.get(id)).toMatchObject({ elapsedMs: 90.5 * MINUTE, counting: true });
  });

  it('counts nothing of a sleep announced by suspend and resume', () => {
    const id = start();
    awakeFor(30);
    journal.blockers.heartbeat('suspend');
    expect(journal.blockers.get(id).counting).toBe(false);
    clock.sleep(8 * HOUR);
    journal.blockers.heartbeat('resume');
    awakeFor(30);
    expect(blockedMinutes(id)).toBe(60);
    expect(journal.blockers.get(id).blocker.segments.map((segment) => [segment.from, segment.to, segment.ms / MINUTE, segment.end])).toEqual([
      ['2026-11-24T14:30:00.000Z', '2026-11-24T15:00:00.000Z', 30, 'suspended'],
      ['2026-11-24T23:00:00.000Z', null, 0, null],
    ]);
  });

  it('counts nothing of a sleep announced by events, even where the monotonic clock kept counting', () => {
    const id = start();
    awakeFor(30);
    journal.blockers.heartbeat('suspend');
    clock.advance(8 * HOUR);
    journal.blockers.heartbeat('resume');
    awakeFor(30);
    expect(blockedMinutes(id)).toBe(60);
  });

  it('counts only the awake part of a sleep nobody announced, from the monotonic clock alone', () => {
    const id = start();
    awakeFor(30);
    // The timer was armed for a minute: 20 s awake, 8 h asleep, 40 s awake, then it fires.
    clock.advance(20_000);
    clock.sleep(8 * HOUR);
    clock.advance(40_000);
    journal.blockers.heartbeat();
    expect(blockedMinutes(id)).toBe(31);
    awakeFor(29);
    expect(blockedMinutes(id)).toBe(60);
  });

  it('closes the segment at the last heartbeat when the gap between heartbeats is too long to trust', () => {
    const id = start();
    awakeFor(30);
    // A monotonic clock that counts sleep (or a process stopped for hours): 8 h without a heartbeat.
    clock.advance(8 * HOUR);
    expect(blockedMinutes(id)).toBe(30);
    journal.blockers.heartbeat();
    awakeFor(10);
    expect(blockedMinutes(id)).toBe(40);
    expect(journal.blockers.get(id).blocker.segments.map((segment) => [segment.to, segment.end])).toEqual([
      ['2026-11-24T15:00:00.000Z', 'gap'],
      [null, null],
    ]);
  });

  it('after a crash, keeps what was counted up to the last heartbeat and nothing of the time the app was not running', () => {
    const id = start();
    awakeFor(45);
    clock.advance(30_000);
    // Crash: no last heartbeat. Two hours later the app starts again.
    clock.advance(2 * HOUR);
    journal = openJournalAt(folder.dir, clock);
    expect(journal.blockers.get(id)).toMatchObject({ elapsedMs: 45 * MINUTE, counting: false });
    // The shell's first heartbeat in the new run.
    journal.blockers.heartbeat();
    expect(journal.blockers.get(id).counting).toBe(true);
    awakeFor(15);
    expect(blockedMinutes(id)).toBe(60);
    expect(journal.blockers.get(id).blocker.segments.map((segment) => [segment.from, segment.to, segment.ms / MINUTE, segment.end])).toEqual([
      ['2026-11-24T14:30:00.000Z', '2026-11-24T15:15:00.000Z', 45, 'stopped'],
      ['2026-11-24T17:15:30.000Z', null, 0, null],
    ]);
  });

  it.each([
    ['forward', 3 * HOUR],
    ['backward', -3 * HOUR],
  ])('neither adds nor removes time when the wall clock jumps 3 h %s', (_direction, jump) => {
    const id = start();
    awakeFor(30);
    clock.advance(10_000);
    clock.setWall(new Date(clock.now().getTime() + jump).toISOString());
    expect(journal.blockers.get(id).elapsedMs).toBe(30 * MINUTE + 10_000);
    clock.advance(50_000);
    journal.blockers.heartbeat();
    awakeFor(29);
    expect(blockedMinutes(id)).toBe(60);
  });

  it('stops counting while paused and starts again on resume', () => {
    const id = start();
    awakeFor(20);
    expect(journal.blockers.pause(id)).toMatchObject({ elapsedMs: 20 * MINUTE, counting: false, blocker: { status: 'paused' } });
    expect(() => journal.blockers.pause(id)).toThrow(/already paused/);
    awakeFor(60);
    expect(blockedMinutes(id)).toBe(20);
    expect(journal.blockers.resume(id)).toMatchObject({ counting: true, blocker: { status: 'running' } });
    awakeFor(10);
    expect(blockedMinutes(id)).toBe(30);
    expect(journal.blockers.get(id).blocker.history.map((event) => [event.type, event.at])).toEqual([
      ['started', '2026-11-24T14:30:00.000Z'],
      ['paused', '2026-11-24T14:50:00.000Z'],
      ['resumed', '2026-11-24T15:50:00.000Z'],
    ]);
  });

  it('stops counting while the screen is locked, though heartbeats go on', () => {
    const id = start();
    awakeFor(10);
    journal.blockers.heartbeat('lock-screen');
    awakeFor(45);
    expect(blockedMinutes(id)).toBe(10);
    journal.blockers.heartbeat('unlock-screen');
    awakeFor(5);
    expect(blockedMinutes(id)).toBe(15);
  });

  it('keeps a clock for each of several blockers', () => {
    const first = start('Staging database refuses connections');
    awakeFor(30);
    const second = start('The SDK returns 403 for the new scope');
    awakeFor(30);
    expect([blockedMinutes(first), blockedMinutes(second)]).toEqual([60, 30]);
    journal.blockers.pause(first);
    awakeFor(15);
    expect([blockedMinutes(first), blockedMinutes(second)]).toEqual([60, 45]);
    expect(journal.blockers.list().blockers.map((view) => view.blocker.what)).toEqual([
      'Staging database refuses connections',
      'The SDK returns 403 for the new scope',
    ]);
  });
});

describe('the threshold', () => {
  it('is reported exactly once: not again after a restart, a pause and resume, or a sleep', () => {
    const id = start('Flaky deadlock in the payment worker', 60);
    const reached = awakeFor(59);
    expect(reached).toEqual([]);
    // The next heartbeat is asked for when the threshold is due, not a minute later.
    clock.advance(30_000);
    expect(journal.blockers.heartbeat().nextBeatMs).toBe(30_000);
    clock.advance(30_000);
    const beat = journal.blockers.heartbeat();
    expect(beat.reached.map((view) => [view.blocker.id, view.elapsedMs / MINUTE, view.shouldRaise])).toEqual([[id, 60, true]]);

    // Recorded on disk before the shell is told, so a crash right now cannot notify twice.
    const open = openRecordsOnDisk(folder.dir) as Record<string, { thresholdReachedAt: string | null }>;
    expect(open[id]?.thresholdReachedAt).toBe('2026-11-24T15:30:00.000Z');

    reached.push(...awakeFor(5));
    restart();
    reached.push(...awakeFor(5));
    journal.blockers.pause(id);
    journal.blockers.resume(id);
    reached.push(...awakeFor(5));
    journal.blockers.heartbeat('suspend');
    clock.sleep(HOUR);
    reached.push(...journal.blockers.heartbeat('resume').reached.map((view) => view.blocker.id));
    reached.push(...awakeFor(5));
    expect(reached).toEqual([]);
    expect(journal.blockers.get(id)).toMatchObject({ shouldRaise: true, elapsedMs: 80 * MINUTE });
  });

  it('is reported again once when the user moves it past the time already blocked', () => {
    const id = start('Flaky deadlock in the payment worker', 30);
    expect(awakeFor(31)).toEqual([id]);
    journal.blockers.edit({ id, thresholdMinutes: 45 });
    expect(journal.blockers.get(id).shouldRaise).toBe(false);
    expect(awakeFor(20)).toEqual([id]);
  });

  it('is not reported for a blocker already raised', () => {
    const id = start('Flaky deadlock in the payment worker', 30);
    awakeFor(10);
    journal.blockers.raise({ id, to: 'Omar' });
    expect(awakeFor(40)).toEqual([]);
    expect(journal.blockers.get(id).shouldRaise).toBe(false);
  });
});

describe('raising and resolving', () => {
  it('records to whom and when, the help request as sent, time-to-raise and the total blocked time', () => {
    const id = start('Payments webhook signature fails in staging');
    awakeFor(40);
    journal.blockers.logAttempt({ id, tried: 'Rotated the webhook secret', showed: 'Same 401' });
    journal.blockers.edit({ id, theory: 'the proxy rewrites the body', ask: 'someone with access to the ingress config' });
    awakeFor(100);
    const raised = journal.blockers.raise({ id, to: 'Priya' });
    expect(raised.blocker.raised).toEqual({
      to: 'Priya',
      at: '2026-11-24T16:50:00.000Z',
      blockedMs: 140 * MINUTE,
      request: raised.draft.markdown,
    });
    expect(raised.draft.markdown).toContain('I think it\'s the proxy rewrites the body, but I need someone with access to the ingress config.');
    expect(() => journal.blockers.raise({ id, to: 'Lee' })).toThrow(/already been raised/);

    awakeFor(20);
    const resolved = journal.blockers.resolve({ id, how: 'Ingress stripped a header; fixed the config', lesson: 'Check the proxy before the app' });
    expect(resolved).toMatchObject({
      status: 'resolved',
      closedAt: '2026-11-24T17:10:00.000Z',
      resolution: { at: '2026-11-24T17:10:00.000Z', how: 'Ingress stripped a header; fixed the config', lesson: 'Check the proxy before the app', blockedMs: 160 * MINUTE },
    });
    expect(resolved.segments.at(-1)).toMatchObject({ to: '2026-11-24T17:10:00.000Z', end: 'resolved' });
    expect(journal.blockers.list().blockers).toEqual([]);
    expect(() => journal.blockers.get(id)).toThrow(/no longer open/);

    const archive = JSON.parse(fs.readFileSync(path.join(folder.dir, 'archive-2026-11.json'), 'utf8')) as Record<string, unknown>;
    expect(archive[id]).toEqual(resolved);
    expect(restart().blockers.list().blockers).toEqual([]);
  });

  it('refuses to tie a blocker to a commitment that is not open, and saves nothing', () => {
    const commitment = journal.capture('Ship the webhook fix to Priya by Friday');
    journal.closeAsDone(commitment.id);
    expect(() => journal.blockers.start({ what: 'Webhook fails', commitmentId: commitment.id })).toThrow(/no longer open/);
    expect(journal.blockers.list().blockers).toEqual([]);
  });

  it('leaves commitments in Open loops and blockers out of them', () => {
    journal.capture('Review the design doc for Lee');
    start();
    expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Review the design doc']);
  });
});
