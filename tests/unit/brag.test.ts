import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completedPostmortem } from '../../shared/brag/postmortems.ts';
import { aPostmortem } from '../support/seed-postmortems.ts';
import { shiftQuarter } from '../../shared/brag/quarter.ts';
import { bragRollUp } from '../../shared/brag/roll-up.ts';
import { DEFAULT_BRAG_CATEGORIES } from '../../shared/domain/brag.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import type { Journal } from '../../shared/journal.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { DAY, MINUTE, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('brag');
  // Monday 2 November 2026, 09:00 in Berlin: Q4.
  clock = new VirtualClock('2026-11-02T08:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => {
  folder.remove();
});

function done(line: string) {
  const { id } = journal.capture({ line, takeOnAnyway: true });
  clock.advance(DAY);
  journal.closeAsDone(id);
  return id;
}

const sections = () => Object.fromEntries(call(journal, 'ownlog:brag-quarter', {}).categories.map((category) => [category.name, category.items.map((item) => item.title)]));

describe('the brag doc', () => {
  it('groups the quarter’s work under the first category whose keyword starts a word of its title', () => {
    done('Split the monolith deploy into two steps for the infra team');
    done('Mentor Sam through the first on-call week');
    done('Review the design doc for the billing migration for Omar');
    done('Write up why we chose event sourcing');
    done('Give the interview loop training for the hiring team');
    done('Fix the paradox in the pricing code');
    const dropped = journal.capture('Write the wiki page for Priya');
    call(journal, 'ownlog:commitment-drop', { id: dropped.id, note: 'Priya — the handbook covers it now.' });

    expect(sections()).toEqual({
      // "doc" starts no word of "paradox": the first category takes what no keyword places.
      Projects: ['Split the monolith deploy into two steps', 'Fix the paradox in the pricing code'],
      // "review" comes first in the list, so the design review is collaboration.
      'Collaboration and mentorship': ['Mentor Sam through the first on-call week', 'Review the design doc for the billing migration'],
      'Design and documentation': ['Write up why we chose event sourcing'],
      'Outside the job description': ['Give the interview loop training'],
    });
    const review = call(journal, 'ownlog:brag-quarter', {}).categories[1]?.items.find((item) => item.title.startsWith('Review'));
    expect(review?.placement).toEqual({ by: 'keyword', keyword: 'review' });
  });

  it('keeps an item where the user moved it, and puts it back under the keywords when asked', () => {
    const id = done('Review the design doc for the billing migration');
    const design = DEFAULT_BRAG_CATEGORIES[2]!.id;
    call(journal, 'ownlog:brag-assign', { ids: [id], categoryId: design });
    expect(sections()['Design and documentation']).toEqual(['Review the design doc for the billing migration']);
    expect(call(journal, 'ownlog:brag-quarter', {}).categories[2]?.items[0]?.placement).toEqual({ by: 'you' });
    expect(() => call(journal, 'ownlog:brag-assign', { ids: [id], categoryId: 'gone-category' })).toThrow(/That category is gone/);
    call(journal, 'ownlog:brag-assign', { ids: [id], categoryId: null });
    expect(sections()['Collaboration and mentorship']).toEqual(['Review the design doc for the billing migration']);
  });

  it('takes edited categories: new ones get an id, and what was moved to a removed one goes back to the keywords', () => {
    const id = done('Prepare the demo for the quarterly all-hands');
    call(journal, 'ownlog:brag-assign', { ids: [id], categoryId: 'beyond' });
    const [projects, collaboration, design] = DEFAULT_BRAG_CATEGORIES;
    const settings = call(journal, 'ownlog:brag-categories-save', {
      categories: [projects!, collaboration!, design!, { name: 'Talks and demos', keywords: ['Demo', 'talk', 'demo'] }],
    });
    expect(settings.bragCategories.at(-1)).toMatchObject({ name: 'Talks and demos', keywords: ['demo', 'talk'] });
    expect(settings.bragAssignments).toEqual({});
    expect(sections()['Talks and demos']).toEqual(['Prepare the demo for the quarterly all-hands']);

    expect(() => call(journal, 'ownlog:brag-categories-save', { categories: [] })).toThrow(/at least one category/);
    expect(() => call(journal, 'ownlog:brag-categories-save', { categories: [projects!, { name: 'projects', keywords: [] }] })).toThrow(/same name/);
    expect(call(openJournalAt(folder.dir, clock), 'ownlog:settings-get', {}).bragCategories).toHaveLength(4);
  });

  it('says what shipped, counts work done more than once as one line, and keeps lessons', () => {
    const shipped = journal.capture({ line: 'Split the monolith deploy into two steps for the infra team', takeOnAnyway: true });
    call(journal, 'ownlog:commitment-checklist', { id: shipped.id, action: { kind: 'use-template' } });
    for (let index = 0; index < 6; index += 1) call(journal, 'ownlog:commitment-checklist', { id: shipped.id, action: { kind: 'toggle', index } });
    journal.closeAsDone(shipped.id);
    done('Answer the RFC comments for Omar');
    done('Answer the RFC comments for Lee');
    const half = journal.capture({ line: 'Set up tracing for the export service', takeOnAnyway: true });
    call(journal, 'ownlog:commitment-checklist', { id: half.id, action: { kind: 'use-template' } });
    call(journal, 'ownlog:commitment-close-done', { id: half.id, skipChecklist: true });
    const blocker = journal.blockers.start({ what: 'Staging deploy fails on the orders migration' }).blocker;
    clock.advance(30 * MINUTE);
    journal.blockers.heartbeat();
    journal.blockers.resolve({ id: blocker.id, how: 'Moved the BI export', lesson: 'Check pg_stat_activity for lock holders first' });

    const view = call(journal, 'ownlog:brag-quarter', {});
    expect(view).toMatchObject({ quarter: '2026-Q4', label: 'Q4 2026', partial: true, previous: '2026-Q3', next: null, fileStem: 'ownlog-brag-2026-Q4', ledgerPeriod: '2026-10-01..2026-12-31' });
    expect(view.counts).toEqual({ closed: 4, shipped: 1, postmortems: 0, lessons: 1 });
    expect(view.onTime).toEqual({ count: 4, total: 4, rate: 100 });
    expect(renderMarkdown(view.document)).toBe(`# Brag doc — Q4 2026

_1 October – 31 December 2026 (so far)_

- **Commitments done:** 4, 1 shipped with every check of their definition of shipped
- **Promises kept on time:** 100 % (4 of 4)
- **Postmortems completed:** 0
- **Lessons:** 1

## Projects

- Split the monolith deploy into two steps (for the infra team; shipped)
- Set up tracing for the export service

## Design and documentation

- Answer the RFC comments (for Omar, Lee; ×2)

## Lessons

- Check pg\\_stat\\_activity for lock holders first (from being stuck on “Staging deploy fails on the orders migration”)
`);
  });

  it('covers one quarter at a time, and not one that has not started', () => {
    done('Send the rollout plan to Priya');
    expect(call(journal, 'ownlog:brag-quarter', { quarter: '2026-Q3' })).toMatchObject({ partial: false, next: '2026-Q4', counts: { closed: 0 } });
    expect(renderMarkdown(call(journal, 'ownlog:brag-quarter', { quarter: '2026-Q3' }).document)).toContain('Nothing was done or completed in this quarter.');
    expect(() => call(journal, 'ownlog:brag-quarter', { quarter: '2027-Q1' })).toThrow(/not started yet/);
    expect([shiftQuarter('2026-Q1', -1), shiftQuarter('2026-Q4', 1)]).toEqual(['2025-Q4', '2027-Q1']);
  });
});

describe('postmortems in the brag doc', () => {
  const period = { from: new Date('2026-09-30T22:00:00.000Z'), to: new Date('2026-12-31T22:59:59.999Z') };

  it('count once complete, with their lessons, and link to the postmortem; a draft is not shown', () => {
    const complete = aPostmortem('pm-000001', {
      title: 'Checkout outage on 12 Nov',
      status: 'complete',
      completedAt: '2026-11-14T10:00:00.000Z',
      lessons: [
        { text: 'Alert on error rate, not on CPU', tags: [] },
        { text: 'Rehearse the rollback', tags: ['deploys'] },
      ],
    });
    expect(completedPostmortem(complete)).toEqual({ id: 'pm-000001', title: 'Checkout outage on 12 Nov', completedAt: '2026-11-14T10:00:00.000Z', lessons: ['Alert on error rate, not on CPU', 'Rehearse the rollback'] });
    expect(completedPostmortem({ ...complete, status: 'draft', completedAt: null })).toBeNull();

    const rollUp = bragRollUp({ period, commitments: [], blockers: [], postmortems: [completedPostmortem(complete)!], categories: DEFAULT_BRAG_CATEGORIES, assignments: {} });
    expect(rollUp.counts).toEqual({ closed: 0, shipped: 0, postmortems: 1, lessons: 2 });
    expect(rollUp.categories[0]?.items.map((item) => [item.kind, item.title, item.link])).toEqual([['postmortem', 'Postmortem: Checkout outage on 12 Nov', '/postmortem/pm-000001']]);
    expect(rollUp.lessons.map((lesson) => [lesson.text, lesson.from])).toEqual([
      ['Alert on error rate, not on CPU', 'postmortem'],
      ['Rehearse the rollback', 'postmortem'],
    ]);
  });
});
