import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { openLoops } from '../../shared/loops/open-loops.ts';

const NOW = new Date('2026-11-24T14:30:00.000Z');

function commitment(id: string, due: string | null, createdAt = '2026-11-01T09:00:00.000Z', status: Commitment['status'] = 'open'): Commitment {
  return {
    kind: 'commitment',
    id,
    title: id,
    promisedTo: null,
    due,
    source: null,
    captured: id,
    status,
    createdAt,
    updatedAt: createdAt,
    closedAt: status === 'open' ? null : createdAt,
    history: [{ type: 'captured', at: createdAt }],
  };
}

describe('openLoops', () => {
  it('puts overdue first, then what is due soon, then later dates, and undated last', () => {
    const loops = openLoops(
      [
        commitment('undated-new', null, '2026-11-20T09:00:00.000Z'),
        commitment('next-week', '2026-12-01T16:00:00.000Z'),
        commitment('tomorrow', '2026-11-25T10:00:00.000Z'),
        commitment('undated-old', null, '2026-10-01T09:00:00.000Z'),
        commitment('yesterday', '2026-11-23T16:00:00.000Z'),
        commitment('last-week', '2026-11-17T16:00:00.000Z'),
      ],
      NOW,
    );
    expect(loops.map((loop) => [loop.commitment.id, loop.risk])).toEqual([
      ['last-week', 'overdue'],
      ['yesterday', 'overdue'],
      ['tomorrow', 'due-soon'],
      ['next-week', 'scheduled'],
      ['undated-old', 'undated'],
      ['undated-new', 'undated'],
    ]);
  });

  it('leaves out what is closed', () => {
    const loops = openLoops([commitment('done', null, undefined, 'done'), commitment('open', null)], NOW);
    expect(loops.map((loop) => loop.commitment.id)).toEqual(['open']);
  });
});
