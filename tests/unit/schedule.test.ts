import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings.ts';
import type { Journal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

function open(settings: Partial<Settings> = {}): Journal {
  createConfJournalStore(confFiles(folder.dir), clock).saveSettings({ ...DEFAULT_SETTINGS, ...settings });
  return openJournalAt(folder.dir, clock);
}

beforeEach(() => {
  folder = makeJournalDir('schedule');
  // Tuesday 24 November 2026, 09:00 in Berlin; the check-in reminder is at 09:30.
  clock = new VirtualClock('2026-11-24T08:00:00.000Z');
  journal = open();
});
afterEach(() => {
  folder.remove();
});

const titles = () => journal.takeDueNotices().notices.map((notice) => notice.title);

describe('the check-in reminder', () => {
  it('comes at the configured time on a workday, once, and not again after a restart', () => {
    expect(journal.takeDueNotices()).toEqual({ notices: [], nextAt: new Date('2026-11-24T08:30:00.000Z') });
    clock.advance(31 * MINUTE);
    expect(journal.takeDueNotices().notices).toEqual([
      { kind: 'checkin', title: 'Time to check in', body: 'Yesterday, today, blockers, changes in plan — pre-filled from your journal.', route: '/checkin', window: 'checkin', keys: ['checkin:2026-11-24'], opensWindow: false },
    ]);
    expect(titles()).toEqual([]);
    clock.advance(HOUR);
    expect(openJournalAt(folder.dir, clock).takeDueNotices().notices).toEqual([]);
  });

  it('does not come on a day that is not a workday, and waits for the next one', () => {
    clock.setWall('2026-11-28T10:00:00.000Z'); // Saturday 11:00
    expect(journal.takeDueNotices().nextAt).toEqual(new Date('2026-11-30T08:30:00.000Z'));
    expect(titles()).toEqual([]);
  });

  it('is dropped when the machine slept through its day, not delivered late', () => {
    clock.sleep(24 * HOUR); // Wednesday 09:00: nothing for Tuesday
    expect(titles()).toEqual([]);
    clock.advance(45 * MINUTE);
    expect(journal.takeDueNotices().notices.map((notice) => notice.keys)).toEqual([['checkin:2026-11-25']]);
  });

  it('comes at its time even before work hours, but one delivered late waits for them', () => {
    journal = open({ checkInTime: '07:30' });
    clock.setWall('2026-11-24T06:31:00.000Z'); // 07:31, on time: shown although work starts at 09:00
    expect(titles()).toEqual(['Time to check in']);

    clock.setWall('2026-11-25T07:00:00.000Z'); // Wednesday 08:00: the laptop was shut at 07:30
    const early = journal.takeDueNotices();
    expect(early.notices).toEqual([]);
    expect(early.nextAt).toEqual(new Date('2026-11-25T08:00:00.000Z'));
    clock.sleep(HOUR);
    expect(titles()).toEqual(['Time to check in']);

    clock.setWall('2026-11-26T18:00:00.000Z'); // Thursday 19:00, the app started after work: not tonight,
    expect(titles()).toEqual([]);
    clock.sleep(14 * HOUR); // and not on Friday either: it belonged to Thursday
    expect(journal.takeDueNotices().notices.map((notice) => notice.keys)).toEqual([['checkin:2026-11-27']]);
  });

  it('does not come when today’s check-in is already saved, or when switched off', () => {
    call(journal, 'ownlog:checkin-save', { day: '2026-11-24', parts: { yesterday: [], today: ['Ship the export'], blockers: [], planChanges: [] } });
    clock.advance(HOUR);
    expect(titles()).toEqual([]);
    clock.setWall('2026-11-25T08:45:00.000Z');
    journal = open({ notifications: { ...DEFAULT_SETTINGS.notifications, checkIn: false } });
    expect(titles()).toEqual([]);
  });
});

describe('due and overdue reminders', () => {
  beforeEach(() => {
    clock.setWall('2026-11-24T09:00:00.000Z'); // Tuesday 10:00
    call(journal, 'ownlog:checkin-save', { day: '2026-11-24', parts: { yesterday: [], today: [], blockers: [], planChanges: [] } });
  });

  it('says once when a commitment is due soon, and once when it is overdue', () => {
    journal.capture('Send the rollout plan to Priya by Wed 3pm');
    expect(titles()).toEqual([]);
    clock.setWall('2026-11-24T15:00:00.000Z'); // Tuesday 16:00: due within 24 hours
    expect(journal.takeDueNotices().notices).toMatchObject([{ kind: 'due-soon', title: 'Due soon: Send the rollout plan', route: expect.stringMatching(/^\/commitment\//) as string }]);
    expect(titles()).toEqual([]);
    clock.setWall('2026-11-25T14:05:00.000Z'); // Wednesday 15:05
    call(journal, 'ownlog:checkin-save', { day: '2026-11-25', parts: { yesterday: [], today: [], blockers: [], planChanges: [] } });
    expect(journal.takeDueNotices().notices).toMatchObject([{ kind: 'overdue', title: 'Overdue: Send the rollout plan', body: 'It was due Wed 25 Nov, 15:00 to Priya. Renegotiate now if it will not make it.' }]);
    expect(titles()).toEqual([]);
  });

  it('collapses a burst into one notification', () => {
    for (const line of ['Reply to Omar today at 10:30', 'Fix the login test today 10:45', 'Review Lee’s PR today 10:50']) journal.capture({ line, takeOnAnyway: true });
    clock.setWall('2026-11-24T10:00:00.000Z'); // 11:00, all three past due
    const [notice] = journal.takeDueNotices().notices;
    expect(notice).toMatchObject({ kind: 'overdue', title: '3 commitments are overdue', body: 'Reply · Fix the login test · Review Lee’s PR', route: '/' });
    expect(notice?.keys).toHaveLength(3);
  });

  it('waits for work hours, then comes once', () => {
    journal.capture('Send the deck to Lee today at 8pm');
    clock.setWall('2026-11-24T20:00:00.000Z'); // 21:00: overdue, but work is over
    const evening = journal.takeDueNotices();
    expect(evening.notices).toEqual([]);
    expect(evening.nextAt).toEqual(new Date('2026-11-25T08:00:00.000Z')); // Wednesday 09:00
    clock.sleep(12 * HOUR); // asleep overnight, opened at 09:00 on Wednesday
    expect(titles()).toEqual(['Overdue: Send the deck']);
  });

  it('comes again for a new date after a renegotiation', () => {
    const { id } = journal.capture('Send the rollout plan to Priya by today 11am');
    clock.setWall('2026-11-24T10:30:00.000Z');
    expect(titles()).toEqual(['Overdue: Send the rollout plan']);
    call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-24T13:00:00.000Z', message: 'Priya, by 2pm instead — the review ran long.' });
    clock.setWall('2026-11-24T13:30:00.000Z');
    expect(titles()).toEqual(['Overdue: Send the rollout plan']);
  });
});

describe('the weekly update reminder', () => {
  it('comes on the configured day and time, once, unless the week’s update was sent', () => {
    clock.setWall('2026-11-27T13:00:00.000Z'); // Friday 14:00, the reminder is at 15:00
    call(journal, 'ownlog:checkin-save', { day: '2026-11-27', parts: { yesterday: [], today: [], blockers: [], planChanges: [] } });
    expect(journal.takeDueNotices().nextAt).toEqual(new Date('2026-11-27T14:00:00.000Z'));
    clock.setWall('2026-11-27T14:01:00.000Z');
    expect(journal.takeDueNotices().notices).toMatchObject([{ kind: 'weekly-update', route: '/status', keys: ['weekly:2026-W48'] }]);
    expect(titles()).toEqual([]);

    // The next week, the update is sent before the reminder's time: no reminder.
    clock.setWall('2026-12-04T12:00:00.000Z');
    call(journal, 'ownlog:checkin-save', { day: '2026-12-04', parts: { yesterday: [], today: [], blockers: [], planChanges: [] } });
    const { id } = call(journal, 'ownlog:status-draft', { cadence: 'weekly' });
    call(journal, 'ownlog:status-mark-sent', { id });
    clock.setWall('2026-12-04T14:30:00.000Z');
    expect(titles()).toEqual([]);
  });
});
