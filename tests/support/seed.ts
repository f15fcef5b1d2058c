/**
 * A realistic journal, the same every run for the same seed: commitments an engineer makes
 * in meetings, chats and reviews, to the people they work with, most closed over the years and
 * some still open — overdue, due soon, scheduled and undated. Used by the screenshots and the
 * bench (and, at ten-year sizes, by the performance issue).
 */
import type { Commitment } from '../../shared/domain/commitment.ts';
import { toIso } from '../../shared/domain/time.ts';
import { DAY, HOUR } from './virtual-clock.ts';

/** mulberry32: a small, fast, seedable generator, so every run makes the same journal. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Priya', 'Omar', 'Lee', 'Ana', 'Sam', 'Jonas', 'Mei', 'Tomás', 'Fatima', 'the infra team', 'the payments team', null, null];
const SOURCES = ['meeting', 'chat', 'review', 'standup', 'incident', null];
const WORK = [
  'Send the rollout plan',
  'Review the design doc for the billing migration',
  'Fix the flaky login test',
  'Write the runbook for the queue consumer',
  'Add an alert for checkout error rate',
  'Answer the RFC comments',
  'Pair on the search indexing bug',
  'Share the load-test results',
  'Draft the on-call handover notes',
  'Look into the memory growth in the API pods',
  'Upgrade the Postgres client library',
  'Write up why we chose event sourcing',
  'Split the monolith deploy into two steps',
  'Profile the slow dashboard query',
  'Document the feature-flag cleanup process',
  'Prepare the demo for the quarterly review',
  'Set up tracing for the export service',
  'Mentor Sam through the first on-call week',
  'Backfill the missing audit events',
  'Check the zh-CN strings with the localisation vendor',
];

export interface SeedOptions {
  seed?: number;
  /** The moment the journal is "now". */
  now: Date;
  /** Closed records spread over the past `years`. */
  closed: number;
  open: number;
  years?: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const SHIPPED = ['Tests cover the change', 'Monitoring shows it working', 'An alert for the worst failure', 'A runbook for when it breaks', 'A note on why it was built this way', 'The team knows what to watch'];

/** Due times people actually give: late morning, after lunch, and mostly the end of the day (UTC). */
const DUE_HOURS_UTC = [9, 11, 14, 16, 16, 16];

/** Open loops cycle through every kind of risk, so any slice of them shows all of them. */
const OPEN_PATTERN = ['overdue', 'due-soon', 'scheduled', 'undated', 'scheduled', 'overdue', 'due-soon', 'scheduled', 'undated'] as const;

function atHour(ms: number, hourUtc: number): number {
  const date = new Date(ms);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.getTime();
}

function openDue(kind: (typeof OPEN_PATTERN)[number], now: number, random: () => number): number | null {
  const hour = pick(random, DUE_HOURS_UTC);
  switch (kind) {
    case 'overdue':
      return atHour(now - (1 + Math.floor(random() * 9)) * DAY, hour);
    case 'due-soon': {
      // Later today or tomorrow, at an hour someone would name.
      const soon = [atHour(now, 16), atHour(now + DAY, 9), atHour(now + DAY, 11), atHour(now + DAY, 14)].filter((at) => at > now + HOUR);
      return pick(random, soon);
    }
    case 'scheduled':
      return atHour(now + (2 + Math.floor(random() * 28)) * DAY, hour);
    case 'undated':
      return null;
  }
}

/**
 * When a closed promise was closed: most by their date, one in five after it, undated ones
 * within a few weeks — during someone's working day (08:00–17:00 UTC), never later than now.
 */
function closingTime(created: number, due: number | null, now: number, random: () => number): number {
  const duringWork = (day: number) => atHour(day, 8 + Math.floor(random() * 9)) + Math.floor(random() * 60) * 60_000;
  let at: number;
  if (due === null) at = duringWork(created + (1 + Math.floor(random() * 19)) * DAY);
  else if (random() < 0.8) at = Math.min(due, Math.max(created + HOUR, duringWork(created + Math.floor(random() * Math.max(1, (due - created) / DAY)) * DAY)));
  else at = duringWork(due + (1 + Math.floor(random() * 5)) * DAY);
  return Math.min(at, now - (2 + random() * 40) * HOUR);
}

export function seedCommitments({ seed = 7, now, closed, open, years = 1 }: SeedOptions): Commitment[] {
  const random = seededRandom(seed);
  const records: Commitment[] = [];
  const span = years * 365 * DAY;
  const nowMs = now.getTime();
  const openTitles = [...WORK].sort(() => random() - 0.5);
  for (let index = 0; index < closed + open; index += 1) {
    const openIndex = index - closed;
    const isOpen = openIndex >= 0;
    const title = isOpen ? (openTitles[openIndex % openTitles.length] ?? pick(random, WORK)) : pick(random, WORK);
    const promisedTo = pick(random, PEOPLE);
    const created = isOpen ? nowMs - (1 + random() * 20) * DAY : nowMs - random() * span;
    const due = isOpen
      ? openDue(OPEN_PATTERN[openIndex % OPEN_PATTERN.length] ?? 'undated', nowMs, random)
      : random() < 0.2
        ? null
        : atHour(created + (1 + random() * 14) * DAY, pick(random, DUE_HOURS_UTC));
    const status = isOpen ? 'open' : random() < 0.93 ? 'done' : 'dropped';
    const createdAt = toIso(new Date(created));
    const history: Commitment['history'] = [{ type: 'captured', at: createdAt }];
    let finalDue = due;
    // About one in eight promises is renegotiated on the way, most of them in good time.
    let renegotiation: { late: boolean; askedAt: number } | null = null;
    if (due !== null && random() < 0.12) {
      const late = random() < 0.3;
      renegotiation = { late, askedAt: late ? due + HOUR : Math.max(created + HOUR, due - DAY) };
      finalDue = atHour(due + (1 + Math.floor(random() * 4)) * DAY, pick(random, DUE_HOURS_UTC));
    }
    const closedAt = isOpen ? null : closingTime(created, finalDue, nowMs, random);
    if (renegotiation !== null && due !== null && finalDue !== null) {
      if (closedAt === null || renegotiation.askedAt < closedAt) {
        history.push({ type: 'renegotiated', at: toIso(new Date(renegotiation.askedAt)), from: toIso(new Date(due)), to: toIso(new Date(finalDue)), message: `${promisedTo ? `Hi ${promisedTo} — ` : ''}can this move by a few days?`, timing: renegotiation.late ? 'late' : 'on-time' });
      } else {
        finalDue = due;
      }
    }
    if (closedAt !== null) {
      const at = toIso(new Date(closedAt));
      history.push(status === 'dropped' ? { type: 'status', at, from: 'open', to: status, note: 'Priorities changed; not doing this after all.' } : { type: 'status', at, from: 'open', to: status });
    }
    const shipping = title.startsWith('Ship') || title.startsWith('Split') || title.startsWith('Set up') || random() < 0.05;
    const undecidedScope = isOpen && openIndex % 4 === 2;
    records.push({
      kind: 'commitment',
      id: `seed-${String(index).padStart(7, '0')}`,
      title,
      promisedTo,
      due: finalDue === null ? null : toIso(new Date(finalDue)),
      source: pick(random, SOURCES),
      captured: promisedTo ? `${title} to ${promisedTo}` : title,
      status,
      createdAt,
      updatedAt: closedAt === null ? (history.at(-1)?.at ?? createdAt) : toIso(new Date(closedAt)),
      closedAt: closedAt === null ? null : toIso(new Date(closedAt)),
      notes: random() < 0.2 ? 'Context: agreed in the Tuesday sync; see the linked doc.' : '',
      ownership: pick(random, [2, 3, 3, 4, 4, 5]),
      checklist: shipping ? SHIPPED.map((item, position) => ({ item, checked: status === 'done' || position < 2 })) : [],
      scopeChanges: undecidedScope
        ? [{ id: `seed-scope-${String(index).padStart(7, '0')}`, at: createdAt, what: 'the retry queue', costDays: 2, whyNow: 'it fails the same way under load', message: 'Found more: the retry queue. +2 days. Proceed?', decision: null }]
        : [],
      history,
    });
  }
  return records;
}
