import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('reminders');
  // Tuesday 24 November 2026, 09:00 in Berlin; the check-in reminder is at 09:30.
  clock = new VirtualClock('2026-11-24T08:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => {
  folder.remove();
});

describe('the check-in reminder', () => {
  it('comes at the configured time on a workday, once, and not again after a restart', () => {
    expect(journal.dueReminders()).toEqual({ checkIn: null, nextAt: new Date('2026-11-24T08:30:00.000Z') });
    clock.advance(31 * MINUTE);
    expect(journal.dueReminders().checkIn).toEqual({ key: 'checkin:2026-11-24', day: '2026-11-24', opensWindow: false });
    expect(journal.dueReminders().checkIn).toBeNull();
    clock.advance(HOUR);
    expect(openJournalAt(folder.dir, clock).dueReminders().checkIn).toBeNull();
  });

  it('does not come on a day that is not a workday, and waits for the next one', () => {
    clock.setWall('2026-11-28T10:00:00.000Z'); // Saturday 11:00
    expect(journal.dueReminders()).toEqual({ checkIn: null, nextAt: new Date('2026-11-30T08:30:00.000Z') });
  });

  it('is dropped when the machine slept through its day, not delivered late', () => {
    clock.sleep(24 * HOUR); // Wednesday 09:00, nothing shown on Tuesday
    expect(journal.dueReminders()).toEqual({ checkIn: null, nextAt: new Date('2026-11-25T08:30:00.000Z') });
    clock.advance(45 * MINUTE);
    expect(journal.dueReminders().checkIn?.day).toBe('2026-11-25');
  });

  it('does not come when today’s check-in is already saved', () => {
    call(journal, 'ownlog:checkin-save', { day: '2026-11-24', parts: { yesterday: [], today: ['Ship the export'], blockers: [], planChanges: [] } });
    clock.advance(HOUR);
    expect(journal.dueReminders().checkIn).toBeNull();
  });
});
