import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { aCommitment } from '../support/records.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { loopsView, openLoops } from '../../shared/loops/open-loops.ts';

const NOW = new Date('2026-11-24T14:30:00.000Z');

const commitment = aCommitment;

const undecided: Commitment['scopeChanges'][number] = { id: 'scope-0001', at: '2026-11-23T09:00:00.000Z', what: 'Also migrate the cron jobs', costDays: 2, whyNow: '', message: '…', decision: null };

describe('openLoops', () => {
  it('orders by risk: overdue, due soon, undecided scope, aging, scheduled, undated', () => {
    const loops = openLoops(
      [
        commitment('undated-fresh', { updatedAt: '2026-11-23T09:00:00.000Z' }),
        commitment('scheduled-late', { due: '2026-12-10T16:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z' }),
        commitment('scheduled-soon', { due: '2026-12-01T16:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z' }),
        commitment('aging', { createdAt: '2026-11-01T09:00:00.000Z' }),
        commitment('undecided', { scopeChanges: [undecided], updatedAt: '2026-11-23T09:00:00.000Z', due: '2026-12-20T16:00:00.000Z' }),
        commitment('tomorrow', { due: '2026-11-25T10:00:00.000Z' }),
        commitment('yesterday', { due: '2026-11-23T16:00:00.000Z' }),
        commitment('last-week', { due: '2026-11-17T16:00:00.000Z' }),
      ],
      NOW,
      DEFAULT_SETTINGS,
    );
    expect(loops.map((loop) => [loop.commitment.id, loop.risk])).toEqual([
      ['last-week', 'overdue'],
      ['yesterday', 'overdue'],
      ['tomorrow', 'due-soon'],
      ['undecided', 'scope-undecided'],
      ['aging', 'aging'],
      ['scheduled-soon', 'scheduled'],
      ['scheduled-late', 'scheduled'],
      ['undated-fresh', 'undated'],
    ]);
  });

  it('uses the due-soon window and the aging threshold from settings', () => {
    const settings = { dueSoonHours: 72, agingDays: 30 };
    const loops = openLoops([commitment('in-two-days', { due: '2026-11-26T16:00:00.000Z' }), commitment('old', { createdAt: '2026-11-01T09:00:00.000Z' })], NOW, settings);
    expect(loops.map((loop) => loop.risk)).toEqual(['due-soon', 'undated']);
  });

  it('leaves out what is closed', () => {
    const loops = openLoops([commitment('done', { status: 'done', closedAt: '2026-11-21T09:00:00.000Z' }), commitment('open')], NOW, DEFAULT_SETTINGS);
    expect(loops.map((loop) => loop.commitment.id)).toEqual(['open']);
  });
});

describe('loopsView', () => {
  const loops = openLoops(
    [
      commitment('a', { title: 'Send the rollout plan', promisedTo: 'Priya', source: 'meeting', due: '2026-11-23T16:00:00.000Z' }),
      commitment('b', { title: 'Review the billing RFC', promisedTo: 'Omar', source: 'review', due: '2026-11-25T10:00:00.000Z' }),
      commitment('c', { title: 'Write the rollout runbook', promisedTo: 'Priya', source: 'chat', notes: 'include the rollback steps' }),
    ],
    NOW,
    DEFAULT_SETTINGS,
  );

  it('filters by person, source and words, while counts and choices cover the whole list', () => {
    expect(loopsView(loops, { person: 'Priya' }).loops.map((loop) => loop.commitment.id)).toEqual(['a', 'c']);
    expect(loopsView(loops, { source: 'review' }).loops.map((loop) => loop.commitment.id)).toEqual(['b']);
    expect(loopsView(loops, { text: 'rollout' }).loops.map((loop) => loop.commitment.id)).toEqual(['a', 'c']);
    expect(loopsView(loops, { text: 'ROLLBACK steps' }).loops.map((loop) => loop.commitment.id)).toEqual(['c']);
    const view = loopsView(loops, { person: 'Omar' });
    expect(view.counts).toEqual({ total: 3, overdue: 1, dueSoon: 1, undecided: 0, aging: 0 });
    expect(view.people).toEqual(['Omar', 'Priya']);
    expect(view.sources).toEqual(['chat', 'meeting', 'review']);
  });
});
