import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
beforeEach(() => {
  folder = makeJournalDir('loops-cache');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => folder.remove());

const listed = (filter = {}) => call(journal, 'ownlog:loops-list', filter);
const risks = () => listed().loops.map((loop) => [loop.commitment.title, loop.risk]);

describe('Open loops asked again and again', () => {
  it('shows every change at once: a capture, a close, a filter', () => {
    journal.capture('Reply to Omar');
    expect(listed().loops.map((loop) => loop.commitment.title)).toEqual(['Reply']);
    const runbook = journal.capture('Write the runbook for Priya');
    expect(listed().counts.total).toBe(2);
    expect(listed({ person: 'Priya' }).loops.map((loop) => loop.commitment.id)).toEqual([runbook.id]);
    journal.closeAsDone(runbook.id);
    expect(listed({ person: 'Priya' }).loops).toEqual([]);
    expect(listed().counts.total).toBe(1);
  });

  it('moves a loop to due soon and then overdue as time passes, with nothing else changing', () => {
    journal.capture({ line: 'Send the rollout plan to Priya by Thu 3pm' });
    expect(risks()).toEqual([['Send the rollout plan', 'scheduled']]);
    clock.advance(24 * HOUR);
    expect(risks()).toEqual([['Send the rollout plan', 'due-soon']]);
    clock.advance(23 * HOUR + 29 * MINUTE);
    expect(risks()).toEqual([['Send the rollout plan', 'due-soon']]);
    clock.advance(2 * MINUTE);
    expect(risks()).toEqual([['Send the rollout plan', 'overdue']]);
  });

  it('follows a change of the due-soon window at once', () => {
    journal.capture({ line: 'Send the rollout plan to Priya by Thu 3pm' });
    expect(risks()).toEqual([['Send the rollout plan', 'scheduled']]);
    call(journal, 'ownlog:settings-save', { changes: { dueSoonHours: 48 } });
    expect(risks()).toEqual([['Send the rollout plan', 'due-soon']]);
  });
});
