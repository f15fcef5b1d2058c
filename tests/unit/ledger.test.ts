import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUCKETS, type Bucket } from '../../shared/ledger/buckets.ts';
import { wholePercentages } from '../../shared/ledger/figures.ts';
import { resolvePeriod } from '../../shared/ledger/periods.ts';
import { openJournal, type Journal } from '../../shared/journal.ts';
import { createConfJournalStore, writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { routerFor } from '../support/journal-router.ts';
import { seedCommitments } from '../support/seed.ts';
import { DAY, HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('ledger');
  // Monday 2 November 2026, 09:00 in Berlin.
  clock = new VirtualClock('2026-11-02T08:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => {
  folder.remove();
});

const sum = (values: Record<string, number> | null) => Object.values(values ?? {}).reduce((total, value) => total + value, 0);

/**
 * One week of promises, each ending a different way (Berlin, week of Monday 2 November):
 * the ledger must put each in exactly one bucket.
 */
function aWeekOfEndings() {
  const ids: Record<string, string> = {};
  const capture = (name: string, line: string) => (ids[name] = journal.capture({ line, takeOnAnyway: true }).id);
  capture('kept', 'Send the rollout plan to Priya by Wed 5pm');
  capture('undated', 'Reply to Omar about the on-call swap');
  capture('late', 'Review the billing RFC for Omar by Tue 5pm');
  capture('early', 'Write the queue runbook for Lee by Thu 5pm');
  capture('askedLate', 'Fix the flaky login test for Lee by Tue 10am');
  capture('dropped', 'Write the wiki page for Priya');
  capture('overdue', 'Migrate the queue for the infra team by Wed 5pm');
  capture('notYetDue', 'Plan the Q1 roadmap with Priya by Dec 18');
  capture('movedSilently', 'Share the load-test results to Ana by Tue 5pm');
  capture('action', 'Add an alert for checkout errors by Thu 5pm #postmortem');
  capture('lateAction', 'Write the replay runbook by Tue 5pm #postmortem');

  clock.advance(HOUR); // Mon 10:00
  journal.closeAsDone(ids.undated!);
  clock.advance(DAY); // Tue 10:00
  journal.closeAsDone(ids.kept!);
  clock.advance(HOUR); // Tue 11:00: the flaky test was due at 10:00, so asking now is late
  call(journal, 'ownlog:commitment-renegotiate', { id: ids.askedLate!, due: '2026-11-06T16:00:00.000Z', message: 'Lee — sorry, missed this morning; Friday 5pm?' });
  clock.advance(DAY); // Wed 11:00
  call(journal, 'ownlog:commitment-renegotiate', { id: ids.early!, due: '2026-11-09T16:00:00.000Z', message: 'Lee — can the runbook move to Monday?' });
  // Tuesday's date had passed; moving it by an edit is a late renegotiation without the message.
  call(journal, 'ownlog:commitment-edit', { id: ids.movedSilently!, changes: { due: '2026-11-06T16:00:00.000Z' } });
  journal.closeAsDone(ids.late!);
  journal.closeAsDone(ids.lateAction!);
  call(journal, 'ownlog:commitment-drop', { id: ids.dropped!, note: 'Priya — the handbook covers it now.' });
  clock.advance(DAY); // Thu 11:00
  journal.closeAsDone(ids.action!);
  clock.advance(DAY); // Fri 11:00
  journal.closeAsDone(ids.early!);
  journal.closeAsDone(ids.askedLate!);
  journal.closeAsDone(ids.movedSilently!);
  clock.advance(3 * DAY); // Monday 9 November, 11:00
  return ids;
}

describe('the promise ledger', () => {
  it('puts each commitment in exactly one bucket, by how it ended', () => {
    const ids = aWeekOfEndings();
    const bucketOf = new Map<string, Bucket>();
    for (const bucket of BUCKETS) {
      for (const item of call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket }).items) {
        expect(bucketOf.has(item.commitment.id), `${item.commitment.title} is counted twice`).toBe(false);
        bucketOf.set(item.commitment.id, bucket);
      }
    }
    expect(Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, bucketOf.get(id) ?? 'not counted']))).toEqual({
      kept: 'kept',
      undated: 'kept',
      late: 'late',
      early: 'renegotiated-early',
      askedLate: 'renegotiated-late',
      dropped: 'dropped',
      overdue: 'overdue',
      notYetDue: 'not counted',
      movedSilently: 'renegotiated-late',
      action: 'kept',
      lateAction: 'late',
    });
    const all = call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'all' }).items.map((item) => item.commitment.id);
    expect(all.sort()).toEqual([...bucketOf.keys()].sort());
  });

  it('gives counts and whole-percentage rates that add up to 100 %, overall, per person and per source', () => {
    aWeekOfEndings();
    const view = call(journal, 'ownlog:ledger-view', { period: 'this-quarter' });
    expect(view.period.label).toBe('Q4 2026 · 1 Oct – 9 Nov 2026');
    expect(view.overall.total).toBe(10);
    expect(view.overall.counts).toEqual({ kept: 3, 'renegotiated-early': 1, 'renegotiated-late': 2, late: 2, dropped: 1, overdue: 1 });
    // 10 each: exact, no rounding needed.
    expect(view.overall.rates).toEqual({ kept: 30, 'renegotiated-early': 10, 'renegotiated-late': 20, late: 20, dropped: 10, overdue: 10 });
    expect(view.overall.onTime).toEqual({ count: 4, rate: 40 });

    const people = Object.fromEntries(view.byPerson.map((group) => [group.name ?? '(nobody)', group.figures]));
    expect(Object.keys(people)).toEqual(['Lee', 'Omar', 'Priya', 'Ana', 'the infra team', '(nobody)']);
    expect(people.Priya?.counts).toMatchObject({ kept: 1, dropped: 1 });
    expect(people.Priya?.rates).toEqual({ kept: 50, 'renegotiated-early': 0, 'renegotiated-late': 0, late: 0, dropped: 50, overdue: 0 });
    for (const group of [...view.byPerson, ...view.bySource]) {
      expect(sum(group.figures.rates)).toBe(100);
      expect(sum(group.figures.counts)).toBe(group.figures.total);
    }
    expect(view.byPerson.reduce((total, group) => total + group.figures.total, 0)).toBe(10);
    const sources = Object.fromEntries(view.bySource.map((group) => [group.name ?? '(none)', group.figures.total]));
    expect(sources).toEqual({ postmortem: 2, '(none)': 8 });

    // Postmortem action items: one done by its date, one after.
    expect(view.postmortemActions.total).toBe(2);
    expect(view.postmortemActions.onTime).toEqual({ count: 1, rate: 50 });
  });

  it('lists the commitments behind a figure of one person', () => {
    aWeekOfEndings();
    const lee = call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'all', by: 'person', value: 'Lee' });
    expect(lee.items.map((item) => [item.commitment.title, item.bucket])).toEqual([
      ['Write the queue runbook', 'renegotiated-early'],
      ['Fix the flaky login test', 'renegotiated-late'],
    ]);
    expect(lee.items.every((item) => item.month === '2026-11')).toBe(true);
    const nobody = call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'on-time', by: 'person', value: null });
    expect(nobody.items.map((item) => item.commitment.title)).toEqual(['Add an alert for checkout errors']);
    const overdue = call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'overdue' });
    expect(overdue.items.map((item) => [item.commitment.title, item.month])).toEqual([['Migrate the queue', null]]);
  });

  it('counts a commitment in the period that decided it: closed when closed, overdue when its date passed', () => {
    aWeekOfEndings();
    const lastWeek = call(journal, 'ownlog:ledger-view', { period: '2026-11-02..2026-11-08' });
    expect(lastWeek.overall.total).toBe(10);
    expect(call(journal, 'ownlog:ledger-view', { period: '2026-11-09..2026-11-15' }).overall.total).toBe(0);
    expect(call(journal, 'ownlog:ledger-view', { period: '2026-11-09..2026-11-15' }).overall.rates).toBeNull();
    // Reopened and open again, a commitment is judged by what it is now: still open, not yet due.
    const [kept] = call(journal, 'ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'kept', by: 'person', value: 'Priya' }).items;
    call(journal, 'ownlog:commitment-reopen', { id: kept!.commitment.id, month: '2026-11' });
    call(journal, 'ownlog:commitment-edit', { id: kept!.commitment.id, changes: { due: '2026-11-20T16:00:00.000Z' } });
    expect(call(journal, 'ownlog:ledger-view', { period: '2026-11-02..2026-11-08' }).overall.total).toBe(9);
  });

  it('refuses a range that ends before it starts, a day that does not exist, or a period it does not know', async () => {
    expect(() => call(journal, 'ownlog:ledger-view', { period: '2026-11-09..2026-11-02' })).toThrow(/start on or before its end/);
    expect(() => call(journal, 'ownlog:ledger-view', { period: '2026-02-30..2026-03-02' })).toThrow(/start on or before its end/);
    const router = routerFor(journal);
    expect(await router.invoke('ownlog:ledger-view', { period: 'forever' })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Not a period Ownlog knows, like this-quarter or 2026-08-01..2026-11-24.' } });
    expect(await router.invoke('ownlog:ledger-commitments', { period: 'this-quarter', bucket: 'broken' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('draws the trend week by week over six months, and its weeks add up to the ledger of that span', () => {
    aWeekOfEndings();
    const { weeks } = call(journal, 'ownlog:ledger-trend', {});
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)).toMatchObject({ key: '2026-11-09..2026-11-15', label: '9 Nov', week: '2026-W46', total: 0, onTimeRate: null });
    expect(weeks.at(-2)).toMatchObject({ key: '2026-11-02..2026-11-08', week: '2026-W45', total: 10, onTimeRate: 40 });
    expect(weeks[0]).toMatchObject({ key: '2026-05-18..2026-05-24', label: '18 May' });
    const span = call(journal, 'ownlog:ledger-view', { period: 'last-6-months' });
    for (const bucket of BUCKETS) expect(weeks.reduce((total, week) => total + week.counts[bucket], 0)).toBe(span.overall.counts[bucket]);
  });
});

describe('the ledger of a seeded journal', () => {
  const NOW = '2026-11-24T14:30:00.000Z';

  /** Ten years of promises, the store counting which archives it is asked to read. */
  function tenYears() {
    clock = new VirtualClock(NOW);
    const records = seedCommitments({ now: new Date(NOW), closed: 4000, open: 9, years: 10, seed: 5 });
    writeJournalFiles(confFiles(folder.dir), records);
    const store = createConfJournalStore(confFiles(folder.dir), clock);
    const read: string[] = [];
    const seeded = openJournal({ clock, ids: randomIds, store: { ...store, readArchive: (month) => (read.push(month), store.readArchive(month)) } });
    return { records, seeded, read };
  }

  it('counts every commitment decided in the period once, and the rates add up to 100 %', () => {
    const { records, seeded } = tenYears();
    const view = call(seeded, 'ownlog:ledger-view', { period: 'last-12-months' });
    const from = Date.parse(view.period.from);
    const decided = records.filter((record) => (record.closedAt === null ? record.due !== null && Date.parse(record.due) < Date.parse(NOW) && Date.parse(record.due) >= from : Date.parse(record.closedAt) >= from));
    expect(view.overall.total).toBe(decided.length);
    expect(view.overall.counts.overdue).toBe(records.filter((record) => record.status === 'open' && record.due !== null && record.due < NOW).length);
    expect(view.overall.counts.dropped).toBe(decided.filter((record) => record.status === 'dropped').length);
    expect(view.overall.counts['renegotiated-late'] + view.overall.counts['renegotiated-early']).toBeGreaterThan(0);
    expect(sum(view.overall.rates)).toBe(100);
    const listed = BUCKETS.flatMap((bucket) => call(seeded, 'ownlog:ledger-commitments', { period: 'last-12-months', bucket }).items.map((item) => item.commitment.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(decided.map((record) => record.id).sort());
    for (const group of view.byPerson) expect(sum(group.figures.rates)).toBe(100);
  });

  it('reads only the archives of the months it needs, however old the journal is', () => {
    const { seeded, read } = tenYears();
    call(seeded, 'ownlog:ledger-trend', {});
    expect(read).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    read.length = 0;
    call(seeded, 'ownlog:ledger-view', { period: 'last-quarter' });
    // Months already read stay in memory; Q3 needed none that the trend had not.
    expect(read).toEqual([]);
    // January in Berlin starts on 31 December in UTC, which names the archives; blockers
    // decided in a period are looked for among those resolved up to three months after it.
    call(seeded, 'ownlog:ledger-view', { period: '2020-01-01..2020-01-31' });
    expect(read).toEqual(['2019-12', '2020-01', '2020-02', '2020-03', '2020-04']);
  });
});

describe('the two-hour rule in the ledger', () => {
  function blockedFor(what: string, minutes: number) {
    const { blocker } = journal.blockers.start({ what });
    for (let minute = 0; minute < minutes; minute += 1) {
      clock.advance(MINUTE);
      journal.blockers.heartbeat();
    }
    return blocker.id;
  }

  it('tells raised in time, raised late, never raised and solved alone, and how long before raising', () => {
    journal.blockers.raise({ id: blockedFor('Staging deploy fails', 90), to: 'Lee' });
    journal.blockers.raise({ id: blockedFor('SDK returns 403', 150), to: 'Ana' });
    const alone = blockedFor('Flaky Safari test', 20);
    journal.blockers.resolve({ id: alone, how: 'A missing await' });
    const silent = blockedFor('Queue consumer stalls', 180);
    journal.blockers.resolve({ id: silent, how: 'Restarted the broker', lesson: 'Check the broker first' });
    blockedFor('Search index out of date', 125); // still open, past the threshold, not raised
    blockedFor('Just started', 10); // not decided yet

    const { blockers } = call(journal, 'ownlog:ledger-view', { period: 'this-quarter' });
    expect(blockers.counts).toEqual({ 'raised-in-time': 1, 'solved-in-time': 1, 'raised-late': 1, 'never-raised': 2 });
    expect(blockers.total).toBe(5);
    expect(blockers.rates).toEqual({ 'raised-in-time': 20, 'solved-in-time': 20, 'raised-late': 20, 'never-raised': 40 });
    expect(blockers.ruleKept).toEqual({ count: 2, rate: 40 });
    expect(blockers.timeToRaise.map((bin) => `${bin.label}: ${String(bin.count)}`)).toEqual(['under 30 min: 0', '30 min – 1 h: 0', '1–2 h: 1', '2–4 h: 1', '4 h or more: 0']);

    const never = call(journal, 'ownlog:ledger-blockers', { period: 'this-quarter', bucket: 'never-raised' });
    expect(never.items.map((item) => [item.what, item.open])).toEqual([
      ['Search index out of date', true],
      ['Queue consumer stalls', false],
    ]);
    const oneToTwo = call(journal, 'ownlog:ledger-blockers', { period: 'this-quarter', bin: 2 });
    expect(oneToTwo.items.map((item) => [item.what, item.raisedTo, item.blockedMs])).toEqual([['Staging deploy fails', 'Lee', 90 * MINUTE]]);
  });
});

describe('whole percentages', () => {
  it('always add up to exactly 100, the missing points going to the largest remainders', () => {
    expect(wholePercentages({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c'])).toEqual({ a: 34, b: 33, c: 33 });
    expect(wholePercentages({ a: 2, b: 1, c: 0 }, ['a', 'b', 'c'])).toEqual({ a: 67, b: 33, c: 0 });
    expect(wholePercentages({ a: 0, b: 0 }, ['a', 'b'])).toBeNull();
    for (let total = 1; total <= 60; total += 1) {
      const counts = { a: total % 7, b: Math.floor(total / 3), c: total % 5, d: 1 };
      expect(sum(wholePercentages(counts, ['a', 'b', 'c', 'd']))).toBe(100);
    }
  });
});

describe('ledger periods', () => {
  const context = { now: new Date('2026-11-24T14:30:00.000Z'), zone: 'Europe/Berlin', weekStart: 1 as const };

  it('resolve in the user’s zone, named ones ending now', () => {
    const range = (key: string) => {
      const period = resolvePeriod(key, context);
      return period && [period.from.toISOString(), period.to.toISOString(), period.label];
    };
    expect(range('this-quarter')).toEqual(['2026-09-30T22:00:00.000Z', '2026-11-24T14:30:00.000Z', 'Q4 2026 · 1 Oct – 24 Nov 2026']);
    expect(range('last-quarter')).toEqual(['2026-06-30T22:00:00.000Z', '2026-09-30T21:59:59.999Z', 'Q3 2026 · 1 Jul – 30 Sep 2026']);
    expect(range('last-4-weeks')).toEqual(['2026-11-01T23:00:00.000Z', '2026-11-24T14:30:00.000Z', 'Last 4 weeks · 2 Nov – 24 Nov 2026']);
    expect(range('2026-03-28..2026-03-29')).toEqual(['2026-03-27T23:00:00.000Z', '2026-03-29T21:59:59.999Z', '28 Mar – 29 Mar 2026']);
    expect(range('2025-12-29..2026-01-04')?.[2]).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(range('2026-02-29..2026-03-01')).toBeNull();
  });
});
