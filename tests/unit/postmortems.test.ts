import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import type { Journal } from '../../shared/journal.ts';
import { recurringFactors } from '../../shared/postmortem/library.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { aPostmortem, FLAG_DEFAULT_ID, ORDERS_MIGRATION_ID, seedPostmortems } from '../support/seed-postmortems.ts';
import { DAY, HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('postmortems');
  // Tuesday 24 November 2026, 15:30 in Berlin.
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => folder.remove());

const restart = () => openJournalAt(folder.dir, clock);

describe('action items', () => {
  it('are real commitments, source “postmortem”, whose live status the postmortem shows, done or not', () => {
    const { postmortem } = journal.postmortems.start({ title: 'Checkout errors after the orders migration', happenedAt: '2026-11-24T12:00:00.000Z' });
    const first = call(journal, 'ownlog:postmortem-action-add', { id: postmortem.id, title: 'Add a lock check to deploys', due: '2026-11-27T16:00:00.000Z', promisedTo: 'Priya' });
    const second = call(journal, 'ownlog:postmortem-action-add', { id: postmortem.id, title: 'Move the BI export', due: null, promisedTo: null });
    expect(second.progress).toEqual({ done: 0, total: 2 });
    const [lockCheck, biExport] = second.actionItems.map((item) => item.commitmentId);
    expect(journal.openLoops().map((loop) => loop.commitment)).toMatchObject([
      { id: lockCheck, title: 'Add a lock check to deploys', source: 'postmortem', promisedTo: 'Priya', due: '2026-11-27T16:00:00.000Z', notes: 'An action item of the postmortem “Checkout errors after the orders migration”.' },
      { id: biExport, title: 'Move the BI export', source: 'postmortem', due: null },
    ]);
    expect(first.steps.find((step) => step.step === 'action-items')?.missing).toBeNull();
    expect(second.steps.find((step) => step.step === 'action-items')?.missing).toBe('Give “Move the BI export” a due date.');

    // Closed a month later: found in its archive, after a restart too.
    clock.advance(40 * DAY);
    journal.closeAsDone(lockCheck!);
    const later = restart().postmortems.get(postmortem.id);
    expect(later.actionItems.map((item) => [item.title, item.status, item.month])).toEqual([
      ['Add a lock check to deploys', 'done', '2027-01'],
      ['Move the BI export', 'open', null],
    ]);
    expect(later.progress).toEqual({ done: 1, total: 2 });
    expect(restart().postmortems.library().postmortems[0]?.progress).toEqual({ done: 1, total: 2 });
  });

  it('refuses a title that is not one, or a date already past, and changes nothing', () => {
    const { postmortem } = journal.postmortems.start({ title: 'Wrong flag default', happenedAt: '2026-11-24T12:00:00.000Z' });
    expect(() => call(journal, 'ownlog:postmortem-action-add', { id: postmortem.id, title: 'Audit flags', due: '2026-11-20T16:00:00.000Z', promisedTo: null })).toThrow(/still ahead/);
    expect(journal.openLoops()).toEqual([]);
    expect(restart().postmortems.get(postmortem.id).actionItems).toEqual([]);
  });
});

describe('the timeline', () => {
  it('is pre-filled with the commitments, blocker attempts, check-ins and decisions around the incident, and nothing outside it', () => {
    // Two days before: outside the window (it starts 12 hours before it happened).
    journal.capture('Write the Q4 roadmap note');
    clock.advance(2 * DAY - 3 * HOUR);
    const migration = journal.capture('Ship the orders region column to Priya');
    call(journal, 'ownlog:checkin-save', { day: '2026-11-26', parts: { yesterday: [], today: ['Run the orders migration'], blockers: ['Staging is slow'], planChanges: [] } });
    const blocker = journal.blockers.start({ what: 'Orders migration times out on staging' });
    clock.advance(20 * MINUTE);
    journal.blockers.logAttempt({ id: blocker.blocker.id, tried: 'Raised the lock timeout to 15 min', showed: 'Timed out again' });
    clock.advance(40 * MINUTE);
    call(journal, 'ownlog:decision-record', { what: 'Run the migration without a maintenance window', why: 'Traffic is low at noon' });
    journal.closeAsDone(migration.id);
    const happenedAt = new Date(clock.now().getTime() - 30 * MINUTE).toISOString();
    // Long after: a new promise two days later is outside the window too.
    clock.advance(2 * DAY);
    journal.capture('Unrelated follow-up');

    const { postmortem, offered } = journal.postmortems.start({ title: 'Checkout errors', happenedAt });
    const detected = new Date(Date.parse(happenedAt) + 10 * MINUTE).toISOString();
    expect(postmortem.timeline.map((entry) => [entry.at, entry.text])).toEqual([
      ['2026-11-26T11:30:00.000Z', 'Promised “Ship the orders region column” to Priya'],
      ['2026-11-26T11:30:00.000Z', 'Blocked: Orders migration times out on staging'],
      ['2026-11-26T11:30:00.000Z', 'Checked in, planning: Run the orders migration'],
      ['2026-11-26T11:30:00.000Z', 'Checked in, blocked by: Staging is slow'],
      ['2026-11-26T11:50:00.000Z', 'Tried: Raised the lock timeout to 15 min — Timed out again'],
      // At the same moment, in the sources' order.
      ['2026-11-26T12:30:00.000Z', 'Done: “Ship the orders region column”'],
      ['2026-11-26T12:30:00.000Z', 'Decided: Run the migration without a maintenance window'],
      // Acknowledged only now, two days later, so the window reaches until now.
      ['2026-11-28T12:30:00.000Z', 'Promised “Unrelated follow-up”'],
    ]);
    expect(offered).toEqual(postmortem.timeline);
    // The window follows the times the user gives: acknowledged ten minutes after it happened,
    // the follow-up two days later is outside it.
    const narrowed = call(journal, 'ownlog:postmortem-save', { id: postmortem.id, changes: { detectedAt: detected, acknowledgedAt: detected } });
    expect(narrowed.offered.map((entry) => entry.text)).not.toContain('Promised “Unrelated follow-up”');
    expect(narrowed.offered.map((entry) => entry.text)).not.toContain('Promised “Write the Q4 roadmap note”');
  });
});

describe('saving a draft', () => {
  it('keeps the step and what was written, and refuses times out of order without changing anything', () => {
    const { postmortem } = journal.postmortems.start({ title: 'Wrong flag default', happenedAt: '2026-11-24T12:00:00.000Z' });
    call(journal, 'ownlog:postmortem-save', { id: postmortem.id, changes: { whys: ['The flag defaulted on', '', ''], resolution: 'Turned it off' }, step: 'resolution' });
    expect(() => call(journal, 'ownlog:postmortem-save', { id: postmortem.id, changes: { detectedAt: '2026-11-24T11:00:00.000Z' } })).toThrow('It cannot have been detected before it happened.');
    expect(() => call(journal, 'ownlog:postmortem-save', { id: postmortem.id, changes: { happenedAt: '2026-11-25T11:00:00.000Z' } })).toThrow('When it happened cannot be later than now.');
    const resumed = restart().postmortems.get(postmortem.id).postmortem;
    expect(resumed).toMatchObject({ step: 'resolution', whys: ['The flag defaulted on'], resolution: 'Turned it off', detectedAt: null });
  });

  it('completes only when every step has content, and says what is missing', () => {
    const { postmortem } = journal.postmortems.start({ title: 'Wrong flag default', happenedAt: '2026-11-24T12:00:00.000Z' });
    expect(() => call(journal, 'ownlog:postmortem-complete', { id: postmortem.id })).toThrow(/^Not complete yet — Acknowledge: Say when it was detected\. Impact: Say who was affected/);
    expect(journal.postmortems.get(postmortem.id).postmortem.status).toBe('draft');
  });

  it('records who was told with the statement as sent, and will not send one with a part left to fill in', () => {
    const { postmortem, statementDraft } = journal.postmortems.start({ title: 'Wrong flag default', happenedAt: '2026-11-24T12:00:00.000Z' });
    expect(statementDraft).toBe(
      ['I own this.', 'What happened: Wrong flag default.', 'Root cause (so far): [what you know of the cause so far].', "What I'm doing now: [what you are doing now].", 'Fix and when: [the fix, and when].', 'How we prevent it: [how we prevent it].'].join('\n'),
    );
    expect(() => call(journal, 'ownlog:postmortem-tell', { id: postmortem.id, who: 'Omar', statement: statementDraft })).toThrow('Fill in [what you know of the cause so far] in the statement first — or take that part out.');
    clock.advance(5 * MINUTE);
    const told = call(journal, 'ownlog:postmortem-tell', { id: postmortem.id, who: ' Omar ', statement: 'I own this. The flag was on; it is off now.' });
    expect(told.postmortem.told).toEqual([{ who: 'Omar', at: '2026-11-24T14:35:00.000Z', sent: 'I own this. The flag was on; it is off now.' }]);
    expect(told.postmortem.statement).toBe('I own this. The flag was on; it is off now.');
  });
});

describe('the library', () => {
  const seeded = () => {
    const { postmortems, commitments } = seedPostmortems();
    writeJournalFiles(confFiles(folder.dir), [...postmortems, ...commitments]);
    return restart();
  };

  it('lists every postmortem newest first with severity, status and action items done', () => {
    const library = seeded().postmortems.library();
    expect(library.postmortems.map((row) => [row.title, row.severity, row.status, `${String(row.progress.done)}/${String(row.progress.total)}`])).toEqual([
      ['Checkout errors after the orders migration', 2, 'draft', '1/3'],
      ['New pricing page shipped to everyone behind a flag that defaulted on', 3, 'complete', '2/2'],
      ['Queue hosts ran out of disk and orders stopped for 50 minutes', 1, 'complete', '1/1'],
    ]);
  });

  it('counts recurring contributing factors, one wording or another', () => {
    const { postmortems } = seedPostmortems();
    expect(recurringFactors(postmortems)).toEqual({
      factors: [
        { category: 'tooling', postmortems: 3 },
        { category: 'process', postmortems: 2 },
        { category: 'communication', postmortems: 1 },
        { category: 'environment', postmortems: 1 },
      ],
      recurring: [{ category: 'tooling', text: 'No alert on the checkout error rate', postmortems: 2 }],
    });
  });

  it('finds a lesson by a word in it and by another form of the word', () => {
    const library = seeded();
    const byWord = library.postmortems.search('pg_stat_activity');
    expect(byWord[0]).toMatchObject({ kind: 'lesson', postmortemId: ORDERS_MIGRATION_ID, text: 'Check pg_stat_activity for lock holders before deploying a migration', tags: ['deploys', 'migrations', 'postgres'] });
    const stemmed = library.postmortems.search('deploy').filter((hit) => hit.kind === 'lesson');
    expect(stemmed.map((hit) => hit.text)).toEqual(
      expect.arrayContaining(['Check pg_stat_activity for lock holders before deploying a migration', 'New flags default off; turning one on is a deploy of its own']),
    );
    expect(library.postmortems.search('deploying').find((hit) => hit.text.startsWith('New flags'))?.words).toEqual(['deploy']);
    expect(library.postmortems.search('zebra')).toEqual([]);
  });

  it('finds a resolved blocker’s lesson, the moment it is resolved, with an index kept up to date', () => {
    const library = seeded();
    expect(library.postmortems.search('registry')).toEqual([]);
    const blocker = library.blockers.start({ what: 'CI cannot pull the base image' });
    library.blockers.resolve({ id: blocker.blocker.id, how: 'Granted the CI account read access', lesson: 'Check service-account access first after a registry move' });
    expect(library.postmortems.search('registries')).toMatchObject([{ kind: 'blocker-lesson', blockerId: blocker.blocker.id, title: 'CI cannot pull the base image', text: 'Check service-account access first after a registry move' }]);
    // An edit is found at once; what it replaced is not.
    expect(library.postmortems.search('turning one')).toMatchObject([{ kind: 'lesson', postmortemId: FLAG_DEFAULT_ID }]);
    call(library, 'ownlog:postmortem-save', { id: FLAG_DEFAULT_ID, changes: { lessons: [{ text: 'Flags start dark', tags: [] }] } });
    expect(library.postmortems.search('dark').map((hit) => hit.postmortemId)).toEqual([FLAG_DEFAULT_ID]);
    expect(library.postmortems.search('turning one')).toEqual([]);
  });
});

describe('a postmortem started elsewhere', () => {
  it('keeps where it came from, and a record that was never started can not be edited', () => {
    const commitment = journal.capture('Send the rollout plan to Priya by Mon');
    const { postmortem } = journal.postmortems.start({ title: 'Missed the rollout plan', happenedAt: '2026-11-24T12:00:00.000Z', origin: { kind: 'commitment', id: commitment.id } });
    expect(postmortem.origin).toEqual({ kind: 'commitment', id: commitment.id });
    expect(() => call(journal, 'ownlog:postmortem-save', { id: aPostmortem('never-started').id, changes: {} })).toThrow(/could not be found/);
  });
});
