import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';
import { makeJournalDir, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { routerFor } from '../support/journal-router.ts';
import { startAndSend, valueOf } from '../support/run-journal-process.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  folder = makeJournalDir('postmortem');
});
afterEach(() => folder.remove());

interface View {
  postmortem: { id: string; step: string; impact: { severity: number | null; who: string }; whys: string[]; status: string };
}

describe('a postmortem draft across restarts', () => {
  it('is started in one process, saved a step at a time in others, and resumes where it was left', async () => {
    const started = valueOf((await startAndSend(folder.dir, '2026-11-24T14:30:00.000Z', 'ownlog:postmortem-start', { title: 'Checkout errors after the orders migration', happenedAt: '2026-11-24T14:05:00.000Z' })).result) as View;
    const { id } = started.postmortem;
    valueOf((await startAndSend(folder.dir, '2026-11-24T14:40:00.000Z', 'ownlog:postmortem-save', { id, changes: { detectedAt: '2026-11-24T14:20:00.000Z' }, step: 'impact' })).result);
    valueOf((await startAndSend(folder.dir, '2026-11-24T14:50:00.000Z', 'ownlog:postmortem-save', { id, changes: { impact: { who: 'EU card customers', what: '1 in 5 checkouts failed', duration: '25 minutes', severity: 2 }, whys: ['The migration waited on a lock'] }, step: 'tell' })).result);

    const resumed = await startAndSend(folder.dir, '2026-11-25T09:00:00.000Z', 'ownlog:postmortem-get', { id });
    expect(valueOf(resumed.result)).toMatchObject({
      postmortem: { id, status: 'draft', step: 'tell', detectedAt: '2026-11-24T14:20:00.000Z', impact: { who: 'EU card customers', severity: 2 }, whys: ['The migration waited on a lock'] },
      steps: [{ step: 'acknowledge', missing: null }, { step: 'impact', missing: null }, { step: 'tell', missing: 'Record who you told, and when.' }, {}, {}, {}, {}, {}],
    });
    expect(resumed.notices).toEqual([]);

    const loops = valueOf((await startAndSend(folder.dir, '2026-11-25T09:05:00.000Z', 'ownlog:loops-list', {})).result);
    expect(loops).toMatchObject({ loops: [], postmortems: [{ kind: 'postmortem', postmortem: { id, step: 'tell', stepsLeft: 6 } }] });
  });

  it('finds a lesson by another form of its words in a fresh process, its index built from the files', async () => {
    const { postmortem } = valueOf((await startAndSend(folder.dir, '2026-11-24T14:30:00.000Z', 'ownlog:postmortem-start', { title: 'Checkout errors', happenedAt: '2026-11-24T14:05:00.000Z' })).result) as View;
    valueOf((await startAndSend(folder.dir, '2026-11-24T15:00:00.000Z', 'ownlog:postmortem-save', { id: postmortem.id, changes: { lessons: [{ text: 'Check lock holders before you deploy a migration', tags: ['Deploys'] }] } })).result);
    const found = await startAndSend(folder.dir, '2026-11-25T09:00:00.000Z', 'ownlog:postmortem-search', { text: 'deploying migrations' });
    expect(valueOf(found.result)).toMatchObject({ hits: [{ kind: 'lesson', text: 'Check lock holders before you deploy a migration', tags: ['deploys'], words: ['deploy', 'migration'] }] });
  });
});

describe('the postmortem channels', () => {
  let journal: Journal;
  let router: Router;
  let id: string;
  beforeEach(() => {
    journal = openJournalAt(folder.dir, new VirtualClock('2026-11-24T14:30:00.000Z'));
    router = routerFor(journal);
    id = journal.postmortems.start({ title: 'Wrong flag default', happenedAt: '2026-11-24T12:00:00.000Z' }).postmortem.id;
  });

  const badRequests: [string, string, (id: string) => unknown, RegExp][] = [
    ['a start without a title', 'ownlog:postmortem-start', () => ({ title: '  ', happenedAt: '2026-11-24T12:00:00.000Z' }), /Say what went wrong/],
    ['a start in the future', 'ownlog:postmortem-start', () => ({ title: 'Later', happenedAt: '2026-11-25T12:00:00.000Z' }), /cannot be later than now/],
    ['a start with a time that is not one', 'ownlog:postmortem-start', () => ({ title: 'x', happenedAt: 'yesterday' }), /datetime/i],
    ['a start from something that is not a record', 'ownlog:postmortem-start', () => ({ title: 'x', happenedAt: '2026-11-24T12:00:00.000Z', origin: { kind: 'tray', id: 'rec-0000-0001' } }), /invalid/i],
    ['a save of a field no step has', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { status: 'complete' } }), /unrecognized key/i],
    ['a severity of 5', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { impact: { who: '', what: '', duration: '', severity: 5 } } }), /1 to 4/],
    ['six whys', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { whys: ['a', 'b', 'c', 'd', 'e', 'f'] } }), /too big|at most 5/i],
    ['a factor of no kind', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { factors: [{ category: 'people', text: 'Priya' }] } }), /invalid option/i],
    ['a tag of two words', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { lessons: [{ text: 'Check locks', tags: ['two words'] }] } }), /A tag is one word/],
    ['an empty timeline entry', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { timeline: [{ at: '2026-11-24T12:00:00.000Z', text: ' ', ref: null }] } }), /Write what happened at that time/],
    ['a detection before it happened', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: { detectedAt: '2026-11-24T11:00:00.000Z' } }), /detected before it happened/],
    ['a step that does not exist', 'ownlog:postmortem-save', (pm) => ({ id: pm, changes: {}, step: 'blame' }), /invalid option/i],
    ['telling nobody', 'ownlog:postmortem-tell', (pm) => ({ id: pm, who: ' ', statement: null }), /Say who you told/],
    ['an action item with no title', 'ownlog:postmortem-action-add', (pm) => ({ id: pm, title: '', due: null, promisedTo: null }), /Say what will be done/],
    ['an action item due in the past', 'ownlog:postmortem-action-add', (pm) => ({ id: pm, title: 'Audit flags', due: '2026-11-01T12:00:00.000Z', promisedTo: null }), /still ahead/],
    ['completing a draft with steps to go', 'ownlog:postmortem-complete', (pm) => ({ id: pm }), /Not complete yet/],
    ['deleting one that is not there', 'ownlog:postmortem-delete', () => ({ id: 'nothing-here-1234' }), /could not be found/],
    ['a search of a page of text', 'ownlog:postmortem-search', () => ({ text: 'x'.repeat(500) }), /at most 200/],
  ];

  it.each(badRequests)('rejects %s with a clear message and leaves every file byte-identical', async (_label, channel, payload, message) => {
    const before = snapshotFiles(folder.dir);
    const result = await router.invoke(channel, payload(id));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshotFiles(folder.dir)).toEqual(before);
    expect(journal.openLoops()).toEqual([]);
  });
});
