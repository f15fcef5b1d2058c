import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { updateFileName, weekLabel, weekPeriod } from '../../shared/status/period.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { DAY, HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

const BERLIN = 'Europe/Berlin';

describe('week boundaries', () => {
  it('start on Monday or on Sunday, as the settings say', () => {
    const sunday = new Date('2026-11-29T11:00:00.000Z');
    const monday = weekPeriod(sunday, BERLIN, 1);
    expect([monday.from.toISOString(), monday.to.toISOString()]).toEqual(['2026-11-22T23:00:00.000Z', '2026-11-29T22:59:59.999Z']);
    const sundayStart = weekPeriod(sunday, BERLIN, 0);
    expect([sundayStart.from.toISOString(), sundayStart.to.toISOString()]).toEqual(['2026-11-28T23:00:00.000Z', '2026-12-05T22:59:59.999Z']);
  });

  it('hold the local midnights across the week clocks go back, which is an hour longer', () => {
    const week = weekPeriod(new Date('2026-10-21T10:00:00.000Z'), BERLIN, 1);
    expect([week.from.toISOString(), week.to.toISOString()]).toEqual(['2026-10-18T22:00:00.000Z', '2026-10-25T22:59:59.999Z']);
    expect(week.to.getTime() - week.from.getTime() + 1).toBe(7 * DAY + HOUR);
  });

  it('name the file by the ISO week of the week’s Monday, whichever day it starts on', () => {
    const mondayStart = weekPeriod(new Date('2026-11-24T10:00:00.000Z'), BERLIN, 1);
    const sundayStart = weekPeriod(new Date('2026-11-24T10:00:00.000Z'), BERLIN, 0);
    expect(weekLabel(mondayStart, BERLIN)).toBe('2026-W48');
    expect(weekLabel(sundayStart, BERLIN)).toBe('2026-W48');
    expect(updateFileName('weekly', mondayStart, BERLIN, 'md')).toBe('ownlog-weekly-2026-W48.md');
    expect(updateFileName('daily', { from: new Date('2026-11-23T23:00:00.000Z'), to: new Date('2026-11-24T22:59:59.999Z') }, BERLIN, 'pdf')).toBe('ownlog-daily-2026-11-24.pdf');
  });
});

describe('status updates', () => {
  let folder: ReturnType<typeof makeJournalDir>;
  let clock: VirtualClock;
  let journal: Journal;

  beforeEach(() => {
    folder = makeJournalDir('status');
    // Monday 23 November 2026, 09:00 in Berlin.
    clock = new VirtualClock('2026-11-23T08:00:00.000Z');
    journal = openJournalAt(folder.dir, clock);
  });
  afterEach(() => {
    folder.remove();
  });

  function seedWeek() {
    const plan = journal.capture('Send the rollout plan to Priya by Wed');
    const rfc = journal.capture('Review the billing RFC for Omar by Tue');
    const wiki = journal.capture('Write the wiki page for Priya');
    journal.capture('Migrate the queue for the infra team by Dec 2');
    call(journal, 'ownlog:checkin-save', { day: '2026-11-23', parts: { yesterday: [], today: ['Send the rollout plan — due Wed', 'Fix the search index'], blockers: [], planChanges: [] } });
    clock.advance(DAY);
    journal.closeAsDone(plan.id);
    clock.advance(HOUR);
    journal.closeAsDone(rfc.id);
    call(journal, 'ownlog:commitment-drop', { id: wiki.id, note: 'Priya — the handbook covers it now.' });
    call(journal, 'ownlog:decision-record', { what: 'Use Postgres advisory locks for the migration', why: 'Fewer moving parts than Redis locks' });
    const blocker = journal.blockers.start({ what: 'Staging deploy fails' }).blocker;
    for (let minute = 0; minute < 150; minute += 1) {
      clock.advance(MINUTE);
      journal.blockers.heartbeat();
    }
    journal.blockers.raise({ id: blocker.id, to: 'Lee' });
    clock.advance(MINUTE);
    journal.blockers.resolve({ id: blocker.id, how: 'Moved the BI export an hour earlier' });
  }

  it('drafts the weekly update from the journal: progress by person, decisions, blockers, changes, risks, plan vs did', () => {
    seedWeek();
    const update = call(journal, 'ownlog:status-draft', { cadence: 'weekly' });
    expect(update.title).toBe('Weekly update — 2026-W48');
    expect(update.text).toBe(`# Weekly update — 2026-W48

_Mon 23 – Sun 29 November 2026_

## Progress

### For Omar

- Review the billing RFC

### For Priya

- Send the rollout plan

## Decisions

- Use Postgres advisory locks for the migration — Fewer moving parts than Redis locks (Tue 24 Nov)

## Blockers raised and resolved

- Raised “Staging deploy fails” with Lee after 2 h 30 min
- Resolved “Staging deploy fails”: Moved the BI export an hour earlier (blocked 2 h 31 min in all)

## Changes in plan

- Dropped “Write the wiki page” (to Priya): Priya — the handbook covers it now.

## Upcoming risks

- Due Wed 2 Dec, 17:00: Migrate the queue (to the infra team)

## Plan vs did

1 of 2 planned items were closed.

- ✓ Send the rollout plan — due Wed
- ✗ Fix the search index
`);
  });

  it('says plainly that a week was empty', () => {
    const { text } = call(journal, 'ownlog:status-draft', { cadence: 'weekly' });
    for (const sentence of ['Nothing was closed in this period.', 'No decisions were recorded.', 'No blockers were raised or resolved.', 'The plan held: nothing was renegotiated, dropped or rescoped.', 'No risks ahead that the journal knows of.', 'No check-ins in this period.']) {
      expect(text).toContain(sentence);
    }
  });

  it('never overwrites the user’s edits without asking, and never makes a second draft of a period', () => {
    const draft = call(journal, 'ownlog:status-draft', { cadence: 'daily' });
    expect(call(journal, 'ownlog:status-draft', { cadence: 'daily' }).id).toBe(draft.id);
    const edited = call(journal, 'ownlog:status-edit', { id: draft.id, text: `${draft.text}\nAlso: paired with Ana on the search bug.\n` });
    journal.capture('Send the rollout plan to Priya today');
    expect(() => call(journal, 'ownlog:status-regenerate', { id: draft.id, replaceEdits: false })).toThrow(/replaces your edits/);
    expect(openJournalAt(folder.dir, clock).openLoops()).toHaveLength(1);
    expect(call(journal, 'ownlog:status-get', { id: draft.id }).text).toBe(edited.text);
    const fresh = call(journal, 'ownlog:status-regenerate', { id: draft.id, replaceEdits: true });
    expect(fresh.text).toContain('Send the rollout plan — due Mon 23 Nov, 17:00 (to Priya)');
    expect(fresh.history.map((event) => event.type)).toEqual(['drafted', 'edited', 'regenerated']);
  });

  it('is an open loop until marked sent, then goes to the archive', () => {
    const draft = call(journal, 'ownlog:status-draft', { cadence: 'weekly' });
    expect(call(journal, 'ownlog:status-list', {}).unsent.map((update) => update.id)).toEqual([draft.id]);
    clock.advance(HOUR);
    const sent = call(journal, 'ownlog:status-mark-sent', { id: draft.id });
    expect(sent.sentAt).toBe('2026-11-23T09:00:00.000Z');
    const restarted = openJournalAt(folder.dir, clock);
    expect(call(restarted, 'ownlog:status-list', {})).toEqual({ unsent: [], sent: [sent] });
  });

  it('drafts any range, starting from words like "since last Thursday"', () => {
    const { from } = call(journal, 'ownlog:status-parse-since', { text: 'since last Thursday' });
    expect(from).toBe('2026-11-18T23:00:00.000Z');
    const update = call(journal, 'ownlog:status-draft', { cadence: 'range', from: from ?? '' });
    expect(update.title).toBe('Update — Thu 19 – Mon 23 November 2026');
    expect(() => call(journal, 'ownlog:status-draft', { cadence: 'range', from: '2026-12-01T00:00:00.000Z' })).toThrow(/start before it ends/);
  });
});
