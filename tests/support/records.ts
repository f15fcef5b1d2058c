import type { Commitment } from '../../shared/domain/commitment.ts';

/** An open commitment as the journal would store it, with only what a test cares about changed. */
export function aCommitment(id: string, overrides: Partial<Commitment> = {}): Commitment {
  const at = overrides.createdAt ?? '2026-11-20T09:00:00.000Z';
  return {
    kind: 'commitment',
    id,
    title: id,
    promisedTo: null,
    due: null,
    source: null,
    captured: overrides.title ?? id,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    notes: '',
    ownership: 3,
    checklist: [],
    scopeChanges: [],
    history: [{ type: 'captured', at }],
    ...overrides,
  };
}
