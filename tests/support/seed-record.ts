/**
 * What a record worth looking at has besides commitments, for the ledger's and the brag doc's
 * screenshots and tests: blockers raised early, late or never over the last months (some with
 * a lesson), postmortem action items, and work outside the job description — the same every
 * run for the same seed.
 */
import type { Blocker } from '../../shared/domain/blocker.ts';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { toIso } from '../../shared/domain/time.ts';
import { aCommitment } from './records.ts';
import { seededRandom } from './seed.ts';
import { DAY, HOUR, MINUTE } from './virtual-clock.ts';

const STUCK = [
  ['Staging deploy fails: the orders migration times out', 'Moved the BI export to 02:00', 'Check pg_stat_activity for lock holders before raising timeouts'],
  ['The payments SDK returns 403 for the billing scope', 'The vendor approved the scope', 'Scopes need the vendor’s approval: ask for it with the key'],
  ['Checkout e2e fails only on Safari 17', 'A date parsed in local time', null],
  ['Kafka consumer lag grows after the deploy', 'Raised the partition count', 'Watch consumer lag in the deploy dashboard'],
  ['Search index is a day behind', 'The cron ran in UTC, not Berlin time', null],
  ['Terraform plan wants to recreate the database', 'A provider upgrade renamed a field', 'Pin provider versions in the lock file'],
] as const;

/** Minutes blocked before raising (or resolving unraised): in time, late, and never. */
const BLOCKED = [45, 95, 150, 60, 200, 30, 110, 260, 80, 20, 135, 70];

function resolvedBlocker(index: number, at: number, random: () => number): Blocker {
  const [what, how, lesson] = STUCK[index % STUCK.length] ?? STUCK[0];
  const minutes = BLOCKED[index % BLOCKED.length] ?? 60;
  const raises = index % 5 !== 3;
  const started = at - (minutes + 30) * MINUTE;
  const raisedAt = started + minutes * MINUTE;
  const resolvedAt = raisedAt + (20 + Math.floor(random() * 90)) * MINUTE;
  const blockedMs = resolvedAt - started;
  const raisedTo = ['Lee', 'Ana', 'Omar', 'the infra team'][index % 4] ?? 'Lee';
  const reached = minutes >= 120 || !raises ? started + 120 * MINUTE : null;
  const id = `seed-blocker-${String(index).padStart(4, '0')}`;
  return {
    kind: 'blocker',
    id,
    what,
    commitmentId: null,
    thresholdMinutes: 120,
    status: 'resolved',
    segments: [{ from: toIso(new Date(started)), to: toIso(new Date(resolvedAt)), ms: blockedMs, end: 'resolved' }],
    attempts: [{ at: toIso(new Date(started + 15 * MINUTE)), tried: 'Read the logs around the failure', showed: 'The same error each time' }],
    evidence: '',
    theory: '',
    ask: '',
    thresholdReachedAt: reached === null || reached > resolvedAt ? null : toIso(new Date(reached)),
    raised: raises ? { to: raisedTo, at: toIso(new Date(raisedAt)), blockedMs: minutes * MINUTE, request: `I'm stuck on ${what}.` } : null,
    resolution: { at: toIso(new Date(resolvedAt)), how, lesson, blockedMs },
    createdAt: toIso(new Date(started)),
    updatedAt: toIso(new Date(resolvedAt)),
    closedAt: toIso(new Date(resolvedAt)),
    history: [
      { type: 'started', at: toIso(new Date(started)) },
      ...(raises ? [{ type: 'raised' as const, at: toIso(new Date(raisedAt)), to: raisedTo }] : []),
      { type: 'resolved', at: toIso(new Date(resolvedAt)) },
    ],
  };
}

function closedCommitment(id: string, fields: { title: string; promisedTo?: string; source?: string; created: number; due: number | null; closed: number }): Commitment {
  const at = toIso(new Date(fields.closed));
  return aCommitment(id, {
    title: fields.title,
    promisedTo: fields.promisedTo ?? null,
    source: fields.source ?? null,
    due: fields.due === null ? null : toIso(new Date(fields.due)),
    status: 'done',
    createdAt: toIso(new Date(fields.created)),
    updatedAt: at,
    closedAt: at,
    history: [
      { type: 'captured', at: toIso(new Date(fields.created)) },
      { type: 'status', at, from: 'open', to: 'done' },
    ],
  });
}

export function seedRecord({ now, seed = 3 }: { now: Date; seed?: number }): (Blocker | Commitment)[] {
  const random = seededRandom(seed);
  const nowMs = now.getTime();
  const records: (Blocker | Commitment)[] = [];
  // A blocker about every two weeks for six months.
  for (let index = 0; index < 12; index += 1) records.push(resolvedBlocker(index, nowMs - (3 + index * 14 + Math.floor(random() * 5)) * DAY, random));
  // Action items of two postmortems: most done by their date, one late.
  const actions = [
    ['Add an alert for checkout error rate', 2, 0],
    ['Write the runbook for a stuck orders migration', 5, -1],
    ['Rehearse the rollback of the payments service', 9, 2],
    ['Pin the Terraform provider versions', 3, 0],
  ] as const;
  actions.forEach(([title, daysToDue, daysLate], index) => {
    const created = nowMs - (40 + index * 9) * DAY;
    const due = created + daysToDue * DAY;
    records.push(closedCommitment(`seed-action-${String(index).padStart(4, '0')}`, { title, source: 'postmortem', created, due, closed: due + daysLate * DAY - HOUR }));
  });
  // The work that no job description lists, this quarter.
  records.push(
    closedCommitment('seed-beyond-0001', { title: 'Interview a backend candidate for the payments team', promisedTo: 'Fatima', source: 'chat', created: nowMs - 20 * DAY, due: nowMs - 15 * DAY, closed: nowMs - 16 * DAY }),
    closedCommitment('seed-beyond-0002', { title: 'Give a talk on feature flags at the Berlin meetup', created: nowMs - 30 * DAY, due: null, closed: nowMs - 9 * DAY }),
  );
  return records;
}
