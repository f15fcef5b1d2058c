import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('checkin');
  // Friday 20 November 2026, 10:00 in Berlin.
  clock = new VirtualClock('2026-11-20T09:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => {
  folder.remove();
});

const today = () => call(journal, 'ownlog:checkin-today', {});

describe('the daily check-in', () => {
  it('on a Monday covers Friday: what closed and what was tried since the last workday', () => {
    const thursday = journal.capture('Close the Q3 books');
    clock.setWall('2026-11-19T15:00:00.000Z');
    journal.closeAsDone(thursday.id);
    clock.setWall('2026-11-20T10:00:00.000Z');
    const friday = journal.capture('Fix the flaky login test for Lee');
    journal.closeAsDone(friday.id);
    const blocker = journal.blockers.start({ what: 'Staging deploy fails' }).blocker;
    clock.advance(2 * HOUR);
    journal.blockers.logAttempt({ id: blocker.id, tried: 'Re-ran the deploy', showed: 'Same timeout' });

    clock.setWall('2026-11-23T08:45:00.000Z'); // Monday 09:45
    const { day, prefill, saved } = today();
    expect(day).toBe('2026-11-23');
    expect(saved).toBeNull();
    expect(prefill.yesterday).toEqual(['Done: Fix the flaky login test (to Lee)', 'Tried on “Staging deploy fails”: Re-ran the deploy — Same timeout']);
  });

  it('plans today with what is overdue, due today or due soon', () => {
    journal.capture('Reply to Omar today'); // Friday 17:00: overdue by Monday
    clock.setWall('2026-11-23T08:00:00.000Z'); // Monday 09:00
    journal.capture('Send the rollout plan to Priya today at 3pm');
    journal.capture('Prepare the demo tomorrow 8am'); // within the 24 hours of "due soon"
    journal.capture('Review the design doc by Wednesday');
    journal.capture('Plan the offsite by Dec 20');
    expect(today().prefill.today).toEqual([
      'Reply — overdue since Fri 20 Nov, 17:00 (to Omar)',
      'Send the rollout plan — due Mon 23 Nov, 15:00 (to Priya)',
      'Prepare the demo — due Tue 24 Nov, 08:00',
    ]);
  });

  it('lists running blockers with their time, and plan changes since the last check-in only', () => {
    clock.setWall('2026-11-23T08:00:00.000Z');
    const early = journal.capture('Send the rollout plan to Priya by Wed');
    call(journal, 'ownlog:commitment-renegotiate', { id: early.id, due: '2026-11-27T16:00:00.000Z', message: 'Priya, Friday instead? The review slipped.' });
    clock.advance(MINUTE);
    call(journal, 'ownlog:checkin-save', { day: '2026-11-23', parts: { yesterday: [], today: ['Send the rollout plan'], blockers: [], planChanges: [] } });

    clock.setWall('2026-11-24T08:00:00.000Z'); // Tuesday 09:00
    const later = journal.capture('Review the billing RFC for Omar by Thursday');
    call(journal, 'ownlog:commitment-renegotiate', { id: later.id, due: '2026-11-30T16:00:00.000Z', message: 'Omar, next Monday? I am out Thursday.' });
    const blocker = journal.blockers.start({ what: 'The payments SDK returns 403' }).blocker;
    // The shell's heartbeat comes at least once a minute while the machine is awake.
    for (let minute = 0; minute < 40; minute += 1) {
      clock.advance(MINUTE);
      journal.blockers.heartbeat();
    }
    const { prefill, previousDay } = today();
    expect(previousDay).toBe('2026-11-23');
    expect(prefill.planChanges).toEqual(['Moved “Review the billing RFC” from Thu 26 Nov, 17:00 to Mon 30 Nov, 17:00']);
    expect(prefill.blockers).toEqual(['The payments SDK returns 403 — blocked 40 min']);
    expect(blocker.id).toBeTruthy();
  });

  it('is one a day: saving again replaces it, and it survives a restart', () => {
    const first = call(journal, 'ownlog:checkin-save', { day: '2026-11-20', parts: { yesterday: ['Shipped the export'], today: ['Review the RFC'], blockers: [], planChanges: [] } });
    clock.advance(HOUR);
    const second = call(journal, 'ownlog:checkin-save', { day: '2026-11-20', parts: { yesterday: ['Shipped the export'], today: ['Review the RFC', 'Pair with Ana'], blockers: [], planChanges: [] } });
    expect(second.id).toBe(first.id);
    expect(second.history.map((event) => event.at)).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-20T10:00:00.000Z']);
    const restarted = openJournalAt(folder.dir, clock);
    expect(call(restarted, 'ownlog:checkin-today', {}).saved).toEqual(second);
    expect(call(restarted, 'ownlog:checkin-list', { from: '2026-11-16T00:00:00.000Z', to: '2026-11-22T23:00:00.000Z' })).toEqual([second]);
  });

  it('refuses a check-in for another day, and nothing is saved', () => {
    expect(() => call(journal, 'ownlog:checkin-save', { day: '2026-11-19', parts: { yesterday: [], today: ['x'], blockers: [], planChanges: [] } })).toThrow(/Check-ins are for today \(2026-11-20\)/);
    expect(today().saved).toBeNull();
  });
});
