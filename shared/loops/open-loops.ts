import { z } from 'zod';
import { Commitment } from '../domain/commitment.ts';

/** How much a loop is at risk of becoming a dropped ball, most urgent first. */
export const LoopRisk = z.enum(['overdue', 'due-soon', 'scheduled', 'undated']);
export type LoopRisk = z.infer<typeof LoopRisk>;

/**
 * One thing still open, tagged by what it is. Each kind of record that can be an open loop
 * (commitments now; running blockers, postmortem drafts and unsent updates as they arrive)
 * adds its own member to this union.
 */
export const OpenLoop = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commitment'), risk: LoopRisk, commitment: Commitment }),
]);
export type OpenLoop = z.infer<typeof OpenLoop>;

export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

const RISK_RANK: Record<LoopRisk, number> = {
  overdue: 0,
  'due-soon': 1,
  scheduled: 2,
  undated: 3,
};

export function riskOf(commitment: Commitment, now: Date): LoopRisk {
  if (commitment.due === null) return 'undated';
  const untilDue = Date.parse(commitment.due) - now.getTime();
  if (untilDue < 0) return 'overdue';
  if (untilDue <= DUE_SOON_MS) return 'due-soon';
  return 'scheduled';
}

/**
 * Everything still open, ordered by risk: overdue first (the longest overdue on top), then by
 * due date, and undated loops last, oldest first — they are the ones that age silently.
 */
export function openLoops(commitments: Iterable<Commitment>, now: Date): OpenLoop[] {
  const loops: OpenLoop[] = [];
  for (const commitment of commitments) {
    if (commitment.status === 'open') loops.push({ kind: 'commitment', risk: riskOf(commitment, now), commitment });
  }
  return loops.sort(
    (a, b) =>
      RISK_RANK[a.risk] - RISK_RANK[b.risk] ||
      (a.commitment.due ?? '').localeCompare(b.commitment.due ?? '') ||
      a.commitment.createdAt.localeCompare(b.commitment.createdAt),
  );
}
