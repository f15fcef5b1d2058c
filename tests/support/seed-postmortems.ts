/**
 * Postmortems an engineer really writes, for the screenshots and tests: one finished a month
 * ago, one from last spring, and one from yesterday with every step filled in but not yet
 * completed. Their action items are real commitments (some done, so archived), made here too.
 */
import type { Commitment } from '../../shared/domain/commitment.ts';
import { newPostmortem, type Postmortem } from '../../shared/domain/postmortem.ts';
import { aCommitment } from './records.ts';

/** A postmortem record with only what a test cares about changed: a fresh draft otherwise. */
export function aPostmortem(id: string, overrides: Partial<Postmortem> = {}): Postmortem {
  const at = overrides.createdAt ?? '2026-11-23T16:00:00.000Z';
  return { ...newPostmortem({ id, title: id, origin: null, happenedAt: '2026-11-23T15:00:00.000Z', at }), ...overrides };
}

function actionItem(id: string, title: string, added: string, fields: Partial<Commitment>): Commitment {
  return aCommitment(id, { title, captured: title, source: 'postmortem', createdAt: added, updatedAt: fields.closedAt ?? added, notes: 'An action item of a postmortem.', ...fields });
}

const done = (at: string): Partial<Commitment> => ({ status: 'done', closedAt: at, history: [{ type: 'captured', at }, { type: 'status', at, from: 'open', to: 'done' }] });

/** Yesterday's incident, every step written, not completed yet: the flow's screenshots. */
export const ORDERS_MIGRATION_ID = 'seed-pm-orders-migration';
/** Finished a month ago: the review of a complete postmortem. */
export const FLAG_DEFAULT_ID = 'seed-pm-flag-default';

export function seedPostmortems(): { postmortems: Postmortem[]; commitments: Commitment[] } {
  const commitments = [
    actionItem('seed-pm-action-lock-check', 'Make the deploy script check for lock holders before a migration', '2026-11-23T17:10:00.000Z', { promisedTo: 'Priya', due: '2026-11-27T16:00:00.000Z' }),
    actionItem('seed-pm-action-bi-window', 'Move the nightly BI export out of the deploy window', '2026-11-23T17:12:00.000Z', { promisedTo: 'the data team', due: '2026-12-02T16:00:00.000Z' }),
    actionItem('seed-pm-action-alert', 'Alert on checkout 5xx above 2% for 3 minutes', '2026-11-23T17:15:00.000Z', { promisedTo: 'the payments team', due: '2026-11-25T16:00:00.000Z', ...done('2026-11-24T10:20:00.000Z') }),
    actionItem('seed-pm-action-flag-lint', 'Lint feature-flag defaults in CI', '2026-10-21T09:00:00.000Z', { promisedTo: 'Omar', due: '2026-10-30T16:00:00.000Z', ...done('2026-10-29T14:00:00.000Z') }),
    actionItem('seed-pm-action-flag-doc', 'Document how flag defaults reach production', '2026-10-21T09:05:00.000Z', { due: '2026-11-06T16:00:00.000Z', ...done('2026-11-05T11:00:00.000Z') }),
    actionItem('seed-pm-action-disk', 'Page on disk usage above 85% on the queue hosts', '2026-04-14T09:00:00.000Z', { promisedTo: 'the infra team', due: '2026-04-21T16:00:00.000Z', ...done('2026-04-20T15:00:00.000Z') }),
  ];

  const ordersMigration = aPostmortem(ORDERS_MIGRATION_ID, {
    title: 'Checkout errors after the orders migration',
    step: 'lessons',
    origin: { kind: 'commitment', id: 'seed-0000301' },
    happenedAt: '2026-11-23T15:05:00.000Z',
    detectedAt: '2026-11-23T15:20:00.000Z',
    acknowledgedAt: '2026-11-23T15:32:00.000Z',
    impact: {
      who: 'EU customers paying by card',
      what: 'About 1 in 5 checkouts failed with a 500 while the migration waited on a lock; no orders were lost, the retry queue kept them',
      duration: '38 minutes',
      severity: 2,
    },
    statement: [
      'I own this.',
      'What happened: checkout failed for about 1 in 5 EU card payments for 38 minutes after I deployed the orders migration.',
      'Root cause (so far): the migration waited on a lock held by the nightly BI export, and the deploy did not check for it.',
      "What I'm doing now: rolled back at 15:43; checkout is healthy, and the failed orders are being retried from the queue.",
      'Fix and when: a lock check in the deploy script by Friday; the BI export moves out of the deploy window by 2 Dec.',
      'How we prevent it: deploys check for lock holders before a migration, and an alert fires on checkout errors.',
    ].join('\n'),
    told: [
      { who: 'Priya (payments lead)', at: '2026-11-23T15:36:00.000Z', sent: 'I own this. …' },
      { who: '#payments-incidents', at: '2026-11-23T15:40:00.000Z', sent: 'I own this. …' },
      { who: 'Support on-call', at: '2026-11-23T15:44:00.000Z', sent: null },
    ],
    timeline: [
      { at: '2026-11-23T14:55:00.000Z', text: 'Promised “Ship the orders region column” to Priya', ref: 'commitment:seed-0000301:captured' },
      { at: '2026-11-23T15:05:00.000Z', text: 'Deployed 4.13.0 with migration 0193_orders_add_region', ref: null },
      { at: '2026-11-23T15:09:00.000Z', text: 'Checkout error rate rose from 0.2% to 19%', ref: null },
      { at: '2026-11-23T15:20:00.000Z', text: 'Support reported failed card payments in the EU', ref: null },
      { at: '2026-11-23T15:28:00.000Z', text: 'Tried: Raised the lock timeout to 15 min — timed out again on the same ALTER TABLE', ref: 'blocker:seed-blocker-orders:attempt:0' },
      { at: '2026-11-23T15:43:00.000Z', text: 'Rolled back to 4.12.1; errors stopped within two minutes', ref: null },
    ],
    whys: [
      'Checkout requests timed out while the migration waited to alter the orders table',
      'The ALTER TABLE waited on a lock held by the nightly BI export',
      'The export runs during the deploy window and nobody knew it held a lock that long',
      'Deploys do not check for long-running lock holders before a migration',
    ],
    factors: [
      { category: 'process', text: 'No check for lock holders before running a migration' },
      { category: 'communication', text: 'The BI export schedule was not visible to the teams that deploy' },
      { category: 'tooling', text: 'No alert on the checkout error rate' },
    ],
    resolution: 'Rolled back to 4.12.1 at 15:43; error rate back to 0.2% by 15:45. Re-ran the migration at 02:00 with the export paused: it took 40 s.',
    lucky: 'It happened on a Monday afternoon, outside the EU evening peak, and the retry queue kept every failed order.',
    actionItems: [
      { commitmentId: 'seed-pm-action-lock-check', title: 'Make the deploy script check for lock holders before a migration', addedAt: '2026-11-23T17:10:00.000Z' },
      { commitmentId: 'seed-pm-action-bi-window', title: 'Move the nightly BI export out of the deploy window', addedAt: '2026-11-23T17:12:00.000Z' },
      { commitmentId: 'seed-pm-action-alert', title: 'Alert on checkout 5xx above 2% for 3 minutes', addedAt: '2026-11-23T17:15:00.000Z' },
    ],
    lessons: [
      { text: 'Check pg_stat_activity for lock holders before deploying a migration', tags: ['deploys', 'migrations', 'postgres'] },
      { text: 'Know what else runs in the deploy window before choosing it', tags: ['deploys'] },
    ],
    createdAt: '2026-11-23T15:32:00.000Z',
    updatedAt: '2026-11-23T17:30:00.000Z',
  });

  const flagDefault = aPostmortem(FLAG_DEFAULT_ID, {
    title: 'New pricing page shipped to everyone behind a flag that defaulted on',
    status: 'complete',
    step: 'lessons',
    happenedAt: '2026-10-20T13:10:00.000Z',
    detectedAt: '2026-10-20T13:40:00.000Z',
    acknowledgedAt: '2026-10-20T13:46:00.000Z',
    impact: { who: 'All visitors to the pricing page', what: 'The unfinished pricing page showed old prices for the annual plan', duration: '2 hours 10 minutes', severity: 3 },
    statement: 'I own this.\nWhat happened: the new pricing page was visible to everyone for two hours because its flag defaulted to on.\nRoot cause (so far): flag defaults are set in code and nothing checks them.\nWhat I\'m doing now: the flag is off and the old page is back.\nFix and when: a CI lint for flag defaults by 30 Oct.\nHow we prevent it: new flags default off, checked in CI.',
    told: [{ who: 'Omar (growth)', at: '2026-10-20T13:50:00.000Z', sent: 'I own this. …' }],
    timeline: [
      { at: '2026-10-20T13:10:00.000Z', text: 'Merged the pricing page with the flag in code', ref: null },
      { at: '2026-10-20T13:40:00.000Z', text: 'Omar asked why the annual price looked wrong', ref: null },
      { at: '2026-10-20T15:20:00.000Z', text: 'Turned the flag off in production', ref: null },
    ],
    whys: ['The flag defaulted to on in production', 'Flag defaults are written in code with no review step', 'Nothing in CI checks a new flag’s default'],
    factors: [
      { category: 'tooling', text: 'No CI check of feature-flag defaults' },
      { category: 'process', text: 'Flag defaults are not part of code review' },
    ],
    resolution: 'Turned the flag off at 15:20; the old page came back at once.',
    lucky: 'Checkout still used the right prices; only the page was wrong.',
    actionItems: [
      { commitmentId: 'seed-pm-action-flag-lint', title: 'Lint feature-flag defaults in CI', addedAt: '2026-10-21T09:00:00.000Z' },
      { commitmentId: 'seed-pm-action-flag-doc', title: 'Document how flag defaults reach production', addedAt: '2026-10-21T09:05:00.000Z' },
    ],
    lessons: [{ text: 'New flags default off; turning one on is a deploy of its own', tags: ['flags', 'deploys'] }],
    createdAt: '2026-10-20T13:46:00.000Z',
    updatedAt: '2026-10-22T10:00:00.000Z',
    completedAt: '2026-10-22T10:00:00.000Z',
    history: [{ type: 'started', at: '2026-10-20T13:46:00.000Z' }, { type: 'completed', at: '2026-10-22T10:00:00.000Z' }],
  });

  const diskFull = aPostmortem('seed-pm-disk-full', {
    title: 'Queue hosts ran out of disk and orders stopped for 50 minutes',
    status: 'complete',
    step: 'lessons',
    happenedAt: '2026-04-13T22:30:00.000Z',
    detectedAt: '2026-04-13T23:05:00.000Z',
    acknowledgedAt: '2026-04-13T23:09:00.000Z',
    impact: { who: 'Everyone placing orders', what: 'New orders were rejected while the queue could not write', duration: '50 minutes', severity: 1 },
    told: [{ who: 'the infra team', at: '2026-04-13T23:12:00.000Z', sent: null }],
    timeline: [{ at: '2026-04-13T22:30:00.000Z', text: 'Queue hosts reached 100% disk', ref: null }],
    whys: ['The queue could not write to disk', 'Old segments were never deleted after a retention change'],
    factors: [
      { category: 'tooling', text: 'No alerts on checkout error rates' },
      { category: 'environment', text: 'Queue hosts have small disks' },
    ],
    resolution: 'Deleted old segments and restarted the brokers.',
    lucky: 'It happened late at night in Europe.',
    actionItems: [{ commitmentId: 'seed-pm-action-disk', title: 'Page on disk usage above 85% on the queue hosts', addedAt: '2026-04-14T09:00:00.000Z' }],
    lessons: [{ text: 'A retention change needs a check that old data is really deleted', tags: ['queues', 'alerts'] }],
    createdAt: '2026-04-13T23:09:00.000Z',
    updatedAt: '2026-04-15T09:00:00.000Z',
    completedAt: '2026-04-15T09:00:00.000Z',
    history: [{ type: 'started', at: '2026-04-13T23:09:00.000Z' }, { type: 'completed', at: '2026-04-15T09:00:00.000Z' }],
  });

  return { postmortems: [ordersMigration, flagDefault, diskFull], commitments };
}
