import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalError } from '../../shared/errors.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;

beforeEach(() => {
  folder = makeJournalDir();
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
});
afterEach(() => folder.remove());

describe('journal', () => {
  it('captures a line as an open commitment, kept with the words as typed', () => {
    const journal = openJournalAt(folder.dir, clock);
    const commitment = journal.capture('Send rollout plan to Priya by Thu 3pm');
    expect(commitment).toMatchObject({
      ownership: 3,
      checklist: [],
      notes: '',
      title: 'Send rollout plan',
      promisedTo: 'Priya',
      due: '2026-11-26T14:00:00.000Z',
      status: 'open',
      captured: 'Send rollout plan to Priya by Thu 3pm',
      history: [{ type: 'captured', at: '2026-11-24T14:30:00.000Z' }],
    });
    expect(journal.openLoops().map((loop) => loop.commitment.id)).toEqual([commitment.id]);
  });

  it('keeps open commitments across a restart', () => {
    const first = openJournalAt(folder.dir, clock);
    const captured = first.capture('Send rollout plan to Priya by Thu 3pm');
    const second = openJournalAt(folder.dir, clock);
    expect(second.openLoops().map((loop) => loop.commitment)).toEqual([captured]);
  });

  it('closes a commitment as done: it leaves the loops, its history says when, and it is archived', () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Fix the flaky login test');
    clock.advance(2 * HOUR);
    const done = journal.closeAsDone(id);
    expect(done.status).toBe('done');
    expect(done.closedAt).toBe('2026-11-24T16:30:00.000Z');
    expect(done.history.at(-1)).toEqual({ type: 'status', at: '2026-11-24T16:30:00.000Z', from: 'open', to: 'done' });
    expect(journal.openLoops()).toEqual([]);

    const archive = JSON.parse(fs.readFileSync(path.join(folder.dir, 'archive-2026-11.json'), 'utf8')) as Record<string, unknown>;
    expect(archive[id]).toEqual(done);
    const live = JSON.parse(fs.readFileSync(path.join(folder.dir, 'live.json'), 'utf8')) as { records: object; pending: object };
    expect(live).toEqual({ records: {}, pending: {} });
    expect(openJournalAt(folder.dir, clock).openLoops()).toEqual([]);
  });

  it('refuses a line with no promise in it and saves nothing', () => {
    const journal = openJournalAt(folder.dir, clock);
    expect(() => journal.capture('by Friday')).toThrow(JournalError);
    expect(journal.openLoops()).toEqual([]);
  });

  it('refuses to close what is not open', () => {
    const journal = openJournalAt(folder.dir, clock);
    const { id } = journal.capture('Write the postmortem');
    journal.closeAsDone(id);
    expect(() => journal.closeAsDone(id)).toThrow(/no longer open/);
  });

  it('tells listeners when it changes', () => {
    const journal = openJournalAt(folder.dir, clock);
    const seen: string[] = [];
    const stop = journal.onChanged((event) => seen.push(event.at));
    journal.capture('Reply to Omar');
    stop();
    journal.capture('Reply to Lee');
    expect(seen).toEqual(['2026-11-24T14:30:00.000Z']);
  });
});
