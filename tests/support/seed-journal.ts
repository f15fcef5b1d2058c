/**
 * A heavy journal, the same every run for the same seed: years of daily use by one engineer —
 * commitments with their histories, blockers with attempts, evidence and lessons, a check-in
 * every working day, decisions, daily and weekly updates, postmortems — and a long list still
 * open. Written straight into a journal folder in the layout the app reads, so a ten-year
 * journal takes seconds to make, not 100,000 captures. Used by `npm run bench`.
 */
import type { Attempt, Blocker } from '../../shared/domain/blocker.ts';
import type { CheckIn } from '../../shared/domain/checkin.ts';
import type { Decision } from '../../shared/domain/decision.ts';
import type { Postmortem } from '../../shared/domain/postmortem.ts';
import type { StatusUpdate } from '../../shared/domain/status-update.ts';
import { toIso } from '../../shared/domain/time.ts';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import type { JournalRecord } from '../../shared/store/port.ts';
import { aPostmortem } from './seed-postmortems.ts';
import { seedCommitments, seededRandom } from './seed.ts';
import { DAY, HOUR, MINUTE } from './virtual-clock.ts';

export interface HeavyJournalOptions {
  seed?: number;
  now: Date;
  years: number;
  /** About how many records in all; the 10-year journal has 100,000. */
  records: number;
  /** Open commitments on the Open loops list. */
  open: number;
}

/** The ten-year journal of the performance goals. */
export const TEN_YEARS: Omit<HeavyJournalOptions, 'now'> = { years: 10, records: 100_000, open: 1_000 };
/** The same life, one year in: the growth of cold start is measured between the two. */
export const ONE_YEAR: Omit<HeavyJournalOptions, 'now'> = { years: 1, records: 10_000, open: 1_000 };

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const STUCK = [
  ['Staging deploy fails: the orders migration times out', 'Moved the BI export out of the deploy window', 'Check pg_stat_activity for lock holders before raising timeouts'],
  ['The payments SDK returns 403 for the billing scope', 'The vendor approved the scope', 'Scopes need the vendor approval: ask for it with the key'],
  ['Checkout e2e fails only on Safari', 'A date parsed in local time', null],
  ['Kafka consumer lag grows after the deploy', 'Raised the partition count', 'Watch consumer lag in the deploy dashboard'],
  ['Search index is a day behind', 'The cron ran in UTC, not Berlin time', 'Write cron schedules with an explicit time zone'],
  ['Terraform plan wants to recreate the database', 'A provider upgrade renamed a field', 'Pin provider versions in the lock file'],
  ['Docker build cache misses on every CI run', 'The build context included the git folder', null],
  ['gRPC calls time out only in the EU region', 'An MTU mismatch on the new VPN', 'Test new network paths with large payloads, not pings'],
  ['The flaky login test fails one run in ten', 'Two tests shared one fixture user', 'Give every test its own user'],
  ['Memory grows in the API pods until they are killed', 'A cache without a size bound', 'Every cache gets a bound and a metric'],
] as const;

const TRIED = [
  ['Read the logs around the failure', 'The same error each time'],
  ['Reproduced it locally with the production config', 'It fails the same way, so it is not the environment'],
  ['Bisected the last ten commits', 'It started with the dependency upgrade'],
  ['Asked in the team channel whether anyone saw it before', 'Nobody had'],
  ['Turned on debug logging for the client', 'The request never leaves the pod'],
] as const;

const EVIDENCE = [
  'ERROR: canceling statement due to lock timeout\nSTATEMENT: ALTER TABLE orders ADD COLUMN region text',
  'HTTP 403 {"error":"scope not granted","scope":"billing.write"}',
  'java.net.SocketTimeoutException: Read timed out\n\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException',
  'OOMKilled: container api exceeded its memory limit (2Gi)',
] as const;

const DECIDED = [
  ['Use Postgres logical replication for the reporting copy', 'Batch exports lag a day; replication keeps it within minutes at little cost.'],
  ['Keep the monolith deploy but split the migration step out', 'Migrations were the cause of the last three failed deploys.'],
  ['Drop support for the v1 webhooks at the end of the quarter', 'Two customers still use them and both agreed to move.'],
  ['Adopt feature flags for every user-facing change', 'Rollbacks took a deploy each time; a flag takes seconds.'],
  ['Write the queue consumer in Go', 'The team knows it and the client library is maintained.'],
  ['Move the on-call handover to Mondays', 'Friday handovers lost the weekend context.'],
  ['Retire the nightly BI export in favour of the replica', 'It holds locks in the deploy window.'],
] as const;

const TODAY = ['Review the billing migration design', 'Pair with Sam on the indexing bug', 'Finish the runbook draft', 'Profile the dashboard query', 'Answer the RFC comments', 'Prepare the demo'] as const;
const DONE_YESTERDAY = ['Shipped the alert for checkout errors', 'Merged the retry queue fix', 'Wrote up the load-test results', 'Closed three review threads', 'Upgraded the Postgres client'] as const;

const INCIDENTS = [
  ['Checkout errors after the orders migration', 'EU customers paying by card', 'About 1 in 5 checkouts failed while the migration waited on a lock'],
  ['Pricing page shipped behind a flag that defaulted on', 'All visitors to the pricing page', 'Old annual prices were shown'],
  ['Queue hosts ran out of disk', 'Everyone placing orders', 'New orders were rejected while the queue could not write'],
  ['Search results a day old after the cron change', 'Every search user', 'Results missed the newest products'],
  ['Login failures after the certificate rotation', 'Mobile users on old app versions', 'Sign-in failed with a TLS error'],
] as const;

const FACTORS = [
  ['process', 'No check for lock holders before running a migration'],
  ['tooling', 'No alert on the checkout error rate'],
  ['communication', 'The export schedule was not visible to the teams that deploy'],
  ['environment', 'Queue hosts have small disks'],
  ['tooling', 'No CI check of feature-flag defaults'],
] as const;

const LESSONS = [
  ['Check lock holders before deploying a migration', ['deploys', 'migrations']],
  ['Know what else runs in the deploy window', ['deploys']],
  ['New flags default off', ['flags']],
  ['Every retention change needs a check that old data is deleted', ['queues']],
  ['Rotate certificates with an overlap window', ['tls', 'mobile']],
] as const;

/** Working days (Monday to Friday, UTC) from `years` ago until yesterday, oldest first. */
function workingDays(now: number, years: number): number[] {
  const days: number[] = [];
  const first = new Date(now - years * 365 * DAY);
  first.setUTCHours(0, 0, 0, 0);
  for (let day = first.getTime(); day < now - DAY; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

function resolvedBlocker(id: string, started: number, random: Random): Blocker {
  const [what, how, lesson] = pick(random, STUCK);
  const minutes = 20 + Math.floor(random() * 240);
  const raises = random() < 0.7;
  const raisedAt = started + Math.min(minutes, 30 + Math.floor(random() * 150)) * MINUTE;
  const resolvedAt = started + minutes * MINUTE;
  const attempts: Attempt[] = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => {
    const [tried, showed] = pick(random, TRIED);
    return { at: toIso(new Date(started + (5 + index * 10) * MINUTE)), tried, showed };
  });
  const reached = minutes >= 120 ? started + 120 * MINUTE : null;
  const raised = raises && raisedAt < resolvedAt;
  const at = (ms: number) => toIso(new Date(ms));
  return {
    kind: 'blocker',
    id,
    what,
    commitmentId: null,
    thresholdMinutes: 120,
    status: 'resolved',
    segments: [{ from: at(started), to: at(resolvedAt), ms: resolvedAt - started, end: 'resolved' }],
    attempts,
    evidence: random() < 0.4 ? pick(random, EVIDENCE) : '',
    theory: random() < 0.5 ? 'a lock or a limit we do not see in the metrics' : '',
    ask: raised ? 'someone who knows this system to look at it with me' : '',
    thresholdReachedAt: reached === null ? null : at(reached),
    raised: raised ? { to: pick(random, ['Lee', 'Ana', 'Omar', 'the infra team']), at: at(raisedAt), blockedMs: raisedAt - started, request: `I'm stuck on ${what}.` } : null,
    resolution: { at: at(resolvedAt), how, lesson, blockedMs: resolvedAt - started },
    createdAt: at(started),
    updatedAt: at(resolvedAt),
    closedAt: at(resolvedAt),
    history: [
      { type: 'started', at: at(started) },
      ...(reached === null ? [] : [{ type: 'threshold-reached' as const, at: at(reached), blockedMs: 120 * MINUTE }]),
      ...(raised ? [{ type: 'raised' as const, at: at(raisedAt), to: 'Lee' }] : []),
      { type: 'resolved', at: at(resolvedAt) },
    ],
  };
}

function checkIn(day: number, random: Random): CheckIn {
  const date = toIso(new Date(day)).slice(0, 10);
  const saved = toIso(new Date(day + 9 * HOUR + Math.floor(random() * 60) * MINUTE));
  return {
    kind: 'checkin',
    id: `checkin-${date}`,
    day: date,
    yesterday: [pick(random, DONE_YESTERDAY), pick(random, DONE_YESTERDAY)],
    today: [pick(random, TODAY), pick(random, TODAY)],
    blockers: random() < 0.2 ? [pick(random, STUCK)[0]] : [],
    planChanges: random() < 0.1 ? ['Moved the runbook to tomorrow: the incident took the afternoon'] : [],
    createdAt: saved,
    updatedAt: saved,
    closedAt: saved,
    history: [{ type: 'saved', at: saved }],
  };
}

function decision(id: string, at: number, random: Random): Decision {
  const [what, why] = pick(random, DECIDED);
  const when = toIso(new Date(at));
  return { kind: 'decision', id, what, why, decidedAt: when, createdAt: when, updatedAt: when, closedAt: when, history: [{ type: 'recorded', at: when }] };
}

function sentUpdate(id: string, cadence: 'daily' | 'weekly', from: number, to: number, random: Random): StatusUpdate {
  const lines = Array.from({ length: cadence === 'weekly' ? 8 : 3 }, () => `- ${pick(random, DONE_YESTERDAY)}`);
  const text = `## Done\n${lines.join('\n')}\n\n## Next\n- ${pick(random, TODAY)}\n- ${pick(random, TODAY)}\n`;
  const sent = toIso(new Date(to - HOUR));
  const drafted = toIso(new Date(to - 2 * HOUR));
  return {
    kind: 'status-update',
    id,
    cadence,
    from: toIso(new Date(from)),
    to: toIso(new Date(to)),
    title: cadence === 'weekly' ? `Week of ${toIso(new Date(from)).slice(0, 10)}` : `Update for ${toIso(new Date(from)).slice(0, 10)}`,
    generated: text,
    text,
    sentAt: sent,
    createdAt: drafted,
    updatedAt: sent,
    closedAt: sent,
    history: [
      { type: 'drafted', at: drafted },
      { type: 'sent', at: sent },
    ],
  };
}

function postmortem(id: string, happened: number, random: Random, complete: boolean): Postmortem {
  const [title, who, what] = pick(random, INCIDENTS);
  const at = (ms: number) => toIso(new Date(ms));
  const acknowledged = happened + 20 * MINUTE;
  const done = happened + 2 * DAY;
  const factors = [pick(random, FACTORS), pick(random, FACTORS)].map(([category, text]) => ({ category, text }));
  const lessons = [pick(random, LESSONS)].map(([text, tags]) => ({ text, tags: [...tags] }));
  return aPostmortem(id, {
    title,
    status: complete ? 'complete' : 'draft',
    step: complete ? 'lessons' : 'impact',
    happenedAt: at(happened),
    detectedAt: at(happened + 10 * MINUTE),
    acknowledgedAt: at(acknowledged),
    impact: { who, what, duration: `${String(20 + Math.floor(random() * 100))} minutes`, severity: pick(random, [1, 2, 3, 4] as const) },
    told: [{ who: 'the team lead', at: at(acknowledged + 5 * MINUTE), sent: null }],
    timeline: [
      { at: at(happened), text: 'Deployed the change', ref: null },
      { at: at(happened + 10 * MINUTE), text: 'Errors reported by support', ref: null },
    ],
    whys: complete ? ['Requests failed', 'A dependency was unavailable', 'Nothing checked it before the deploy'] : [],
    factors: complete ? factors : [],
    resolution: complete ? 'Rolled back, then fixed forward the next morning.' : '',
    lucky: complete ? 'It happened outside the evening peak.' : '',
    lessons: complete ? lessons : [],
    createdAt: at(acknowledged),
    updatedAt: at(complete ? done : acknowledged),
    completedAt: complete ? at(done) : null,
    history: complete
      ? [
          { type: 'started', at: at(acknowledged) },
          { type: 'completed', at: at(done) },
        ]
      : [{ type: 'started', at: at(acknowledged) }],
  });
}

/**
 * The records of a heavy journal. Per working day, about: a check-in, 1 in 5 days a daily
 * update, 3 in 5 a blocker, 2 in 5 a decision; a weekly update each Friday; a postmortem every
 * six weeks or so; every other record is a commitment. `open` commitments are still open.
 */
export function seedHeavyJournal({ seed = 17, now, years, records, open }: HeavyJournalOptions): JournalRecord[] {
  const random = seededRandom(seed);
  const nowMs = now.getTime();
  const out: JournalRecord[] = [];
  const number = (prefix: string, index: number) => `${prefix}-${String(index).padStart(7, '0')}`;
  let blockers = 0;
  let decisions = 0;
  let updates = 0;
  let postmortems = 0;
  for (const day of workingDays(nowMs, years)) {
    out.push(checkIn(day, random));
    if (random() < 0.6) out.push(resolvedBlocker(number('heavy-blocker', (blockers += 1)), day + (10 + random() * 5) * HOUR, random));
    if (random() < 0.4) out.push(decision(number('heavy-decision', (decisions += 1)), day + (11 + random() * 5) * HOUR, random));
    if (random() < 0.2) out.push(sentUpdate(number('heavy-update', (updates += 1)), 'daily', day, day + 17 * HOUR, random));
    if (new Date(day).getUTCDay() === 5) out.push(sentUpdate(number('heavy-update', (updates += 1)), 'weekly', day - 4 * DAY, day + 17 * HOUR, random));
    if (random() < 0.024) out.push(postmortem(number('heavy-pm', (postmortems += 1)), day + 14 * HOUR, random, nowMs - day > 14 * DAY));
  }
  const closed = Math.max(0, records - out.length - open);
  out.push(...seedCommitments({ seed, now, closed, open, years }));
  return out;
}

/** Writes a heavy journal into `dir` in the app's on-disk layout; returns the records written. */
export function writeHeavyJournal(dir: string, options: HeavyJournalOptions): JournalRecord[] {
  const records = seedHeavyJournal(options);
  writeJournalFiles(confFiles(dir), records);
  return records;
}
