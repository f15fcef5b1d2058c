/**
 * Blockers an engineer really has, for the screenshots: one past its threshold with a full
 * help request, one running for a while, one paused. Their time is kept in closed segments
 * up to `now`, as after a restart; the first heartbeat of the app starts counting again.
 */
import type { Attempt, Blocker } from '../../shared/domain/blocker.ts';
import { toIso } from '../../shared/domain/time.ts';
import { MINUTE } from './virtual-clock.ts';

interface SeedBlocker {
  what: string;
  blockedMinutes: number;
  thresholdMinutes?: number;
  status?: 'running' | 'paused';
  attempts?: [minutesAfterStart: number, tried: string, showed: string][];
  evidence?: string;
  theory?: string;
  ask?: string;
  commitmentId?: string;
}

export const STAGING_MIGRATION: SeedBlocker = {
  what: 'Staging deploy fails: the orders migration times out',
  blockedMinutes: 145,
  attempts: [
    [10, 'Re-ran the deploy with the migration timeout at 15 min', 'Timed out again after 15 min on the same ALTER TABLE'],
    [45, 'Ran the migration by hand against a staging snapshot', 'Finished in 40 s, so the SQL itself is fine'],
    [90, 'Checked pg_stat_activity during the deploy', 'A long-running analytics query holds a lock on orders'],
  ],
  evidence: [
    '2026-11-24T12:41:07Z deploy[4821]: running migration 0193_orders_add_region',
    '2026-11-24T12:56:07Z deploy[4821]: ERROR: canceling statement due to lock timeout',
    '2026-11-24T12:56:07Z deploy[4821]: STATEMENT: ALTER TABLE orders ADD COLUMN region text',
    '',
    ' pid  | state  | wait_event | query',
    '------+--------+------------+-------------------------------------------',
    ' 3117 | active | Lock       | ALTER TABLE orders ADD COLUMN region text',
    ' 2990 | active |            | SELECT ... FROM orders JOIN ... (nightly BI export)',
  ].join('\n'),
  theory: 'the nightly BI export keeps a lock on orders for the whole deploy window',
  ask: 'someone on the data team to move the export or let me pause it for ten minutes',
};

export const SDK_SCOPE: SeedBlocker = {
  what: 'The payments SDK returns 403 for the new billing scope',
  blockedMinutes: 40,
  attempts: [[15, 'Regenerated the API key with the billing scope', 'Still 403 with "scope not granted"']],
  theory: 'the scope needs an approval on the vendor side',
};

export const FLAKY_SAFARI: SeedBlocker = {
  what: 'Checkout e2e fails only on Safari 17',
  blockedMinutes: 25,
  status: 'paused',
};

export function seedBlocker(seed: SeedBlocker, { now, id }: { now: Date; id: string }): Blocker {
  const startedMs = now.getTime() - seed.blockedMinutes * MINUTE;
  const startedAt = toIso(new Date(startedMs));
  const at = toIso(now);
  const threshold = seed.thresholdMinutes ?? 120;
  const attempts: Attempt[] = (seed.attempts ?? []).map(([after, tried, showed]) => ({ at: toIso(new Date(startedMs + after * MINUTE)), tried, showed }));
  const reached = seed.blockedMinutes >= threshold ? toIso(new Date(startedMs + threshold * MINUTE)) : null;
  const status = seed.status ?? 'running';
  return {
    kind: 'blocker',
    id,
    what: seed.what,
    commitmentId: seed.commitmentId ?? null,
    thresholdMinutes: threshold,
    status,
    segments: [{ from: startedAt, to: at, ms: seed.blockedMinutes * MINUTE, end: status === 'paused' ? 'paused' : 'stopped' }],
    attempts,
    evidence: seed.evidence ?? '',
    theory: seed.theory ?? '',
    ask: seed.ask ?? '',
    thresholdReachedAt: reached,
    raised: null,
    resolution: null,
    createdAt: startedAt,
    updatedAt: at,
    closedAt: null,
    history: [
      { type: 'started', at: startedAt },
      ...(reached === null ? [] : [{ type: 'threshold-reached' as const, at: reached, blockedMs: threshold * MINUTE }]),
      ...(status === 'paused' ? [{ type: 'paused' as const, at }] : []),
    ],
  };
}
