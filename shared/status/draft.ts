import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { formatBlockedTime } from '../blockers/display.ts';
import type { BlockerView } from '../blockers/view.ts';
import { formatWhen } from '../commitments/drafts.ts';
import type { Blocker } from '../domain/blocker.ts';
import type { CheckIn } from '../domain/checkin.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { Decision } from '../domain/decision.ts';
import type { Cadence } from '../domain/status-update.ts';
import { bulletList, heading, paragraph, type Block, type ExportDocument } from '../export/document.ts';
import { updateTitle, type Period } from './period.ts';

export interface UpdateSources {
  now: Date;
  zone: string;
  /** Open commitments and every commitment touched since the period began. */
  commitments: Commitment[];
  blockers: Blocker[];
  /** Open blockers with their clocks read now. */
  running: BlockerView[];
  decisions: Decision[];
  checkIns: CheckIn[];
}

const DAY = 24 * 60 * 60 * 1000;

function inPeriod(iso: string, period: Period): boolean {
  const at = Date.parse(iso);
  return at >= period.from.getTime() && at <= period.to.getTime();
}

/** When a commitment was closed as done or dropped within the period, if it was. */
function endingIn(commitment: Commitment, period: Period) {
  return commitment.history.find((event) => event.type === 'status' && event.from === 'open' && event.to !== 'open' && inPeriod(event.at, period));
}

function toWhom(commitment: Commitment): string {
  return commitment.promisedTo === null ? '' : ` (to ${commitment.promisedTo})`;
}

/** A section: a heading, and its lines or a plain sentence saying there are none. */
function section(title: string, lines: string[], none: string): Block[] {
  return [heading(title), lines.length > 0 ? bulletList(lines) : paragraph(none)];
}

/** Closed commitments grouped by who they were for: what the people around you will recognise. */
function progress(done: Commitment[]): Block[] {
  if (done.length === 0) return [heading('Progress'), paragraph('Nothing was closed in this period.')];
  const groups = new Map<string, string[]>();
  for (const commitment of done) {
    const group = commitment.promisedTo === null ? (commitment.source === null ? 'For myself' : `#${commitment.source}`) : `For ${commitment.promisedTo}`;
    groups.set(group, [...(groups.get(group) ?? []), commitment.title]);
  }
  const blocks: Block[] = [heading('Progress')];
  for (const [group, titles] of [...groups].sort(([a], [b]) => a.localeCompare(b))) blocks.push(heading(group, 3), bulletList(titles));
  return blocks;
}

function blockerLines(blockers: Blocker[], period: Period): string[] {
  const lines: string[] = [];
  for (const blocker of blockers) {
    if (blocker.raised && inPeriod(blocker.raised.at, period)) lines.push(`Raised “${blocker.what}” with ${blocker.raised.to} after ${formatBlockedTime(blocker.raised.blockedMs)}`);
    if (blocker.resolution && inPeriod(blocker.resolution.at, period)) lines.push(`Resolved “${blocker.what}”: ${blocker.resolution.how} (blocked ${formatBlockedTime(blocker.resolution.blockedMs)} in all)`);
  }
  return lines;
}

function changesInPlan(commitments: Commitment[], period: Period, zone: string): string[] {
  const lines: string[] = [];
  for (const commitment of commitments) {
    for (const event of commitment.history) {
      if (!inPeriod(event.at, period)) continue;
      if (event.type === 'renegotiated') lines.push(`Moved “${commitment.title}” to ${formatWhen(event.to, zone)}${toWhom(commitment)}${event.timing === 'late' ? ', asked late' : ''}`);
      if (event.type === 'status' && event.to === 'dropped') lines.push(`Dropped “${commitment.title}”${toWhom(commitment)}: ${event.note ?? ''}`);
      if (event.type === 'scope' && event.change !== 'found') {
        const scope = commitment.scopeChanges.find((candidate) => candidate.id === event.scopeId);
        lines.push(`${{ proceed: 'Took on', defer: 'Deferred', decline: 'Declined' }[event.change]} “${scope?.what ?? 'extra work'}” on “${commitment.title}”`);
      }
    }
  }
  return lines;
}

function upcomingRisks(commitments: Commitment[], period: Period, now: Date, zone: string): string[] {
  const open = commitments.filter((commitment) => commitment.status === 'open');
  const horizon = Math.max(period.to.getTime(), now.getTime()) + 7 * DAY;
  const lines: string[] = [];
  for (const commitment of [...open].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))) {
    if (commitment.due === null) continue;
    const due = Date.parse(commitment.due);
    if (due < now.getTime()) lines.push(`Overdue since ${formatWhen(commitment.due, zone)}: ${commitment.title}${toWhom(commitment)}`);
    else if (due <= horizon) lines.push(`Due ${formatWhen(commitment.due, zone)}: ${commitment.title}${toWhom(commitment)}`);
  }
  for (const commitment of open) {
    for (const scope of commitment.scopeChanges) {
      if (scope.decision === null) lines.push(`Waiting for a decision: “${scope.what}” on “${commitment.title}” (+${String(scope.costDays)} d)`);
    }
  }
  return lines;
}

/** What the check-ins planned against what was closed: each planned line, kept or not yet. */
function planVersusDid(checkIns: CheckIn[], done: Commitment[]): Block[] {
  const planned = [...new Set(checkIns.flatMap((checkIn) => checkIn.today))];
  if (planned.length === 0) return [heading('Plan vs did'), paragraph(checkIns.length === 0 ? 'No check-ins in this period.' : 'The check-ins planned nothing.')];
  const titles = done.map((commitment) => commitment.title.toLocaleLowerCase());
  const kept = planned.map((line) => ({ line, done: titles.some((title) => line.toLocaleLowerCase().includes(title)) }));
  const count = kept.filter((item) => item.done).length;
  return [
    heading('Plan vs did'),
    paragraph(`${String(count)} of ${String(planned.length)} planned ${planned.length === 1 ? 'item was' : 'items were'} closed.`),
    bulletList(kept.map((item) => `${item.done ? '✓' : '✗'} ${item.line}`)),
  ];
}

/** The weekly update, or one for any range of days: progress, decisions, blockers, risks, plan vs did. */
function periodUpdate(cadence: Cadence, period: Period, sources: UpdateSources): ExportDocument {
  const { now, zone, commitments } = sources;
  const done = commitments.filter((commitment) => endingIn(commitment, period)?.type === 'status' && commitment.status === 'done');
  const decisions = sources.decisions.map((decision) => `${decision.what}${decision.why ? ` — ${decision.why}` : ''} (${format(new TZDate(Date.parse(decision.decidedAt), zone), 'EEE d MMM')})`);
  return {
    ...updateTitle(cadence, period, zone),
    blocks: [
      ...progress(done),
      ...section('Decisions', decisions, 'No decisions were recorded.'),
      ...section('Blockers raised and resolved', blockerLines(sources.blockers, period), 'No blockers were raised or resolved.'),
      ...section('Changes in plan', changesInPlan(commitments, period, zone), 'The plan held: nothing was renegotiated, dropped or rescoped.'),
      ...section('Upcoming risks', upcomingRisks(commitments, period, now, zone), 'No risks ahead that the journal knows of.'),
      ...planVersusDid(sources.checkIns, done),
    ],
  };
}

/** The daily update: done, next, blockers, changes in plan. */
function dailyUpdate(period: Period, sources: UpdateSources): ExportDocument {
  const { zone, commitments } = sources;
  const done = commitments.filter((commitment) => commitment.status === 'done' && endingIn(commitment, period));
  const nextDay = addDays(period.to, 1).getTime();
  const checkIn = sources.checkIns.find((candidate) => inPeriod(candidate.updatedAt, period));
  const next =
    checkIn && checkIn.today.length > 0
      ? checkIn.today
      : commitments
          .filter((commitment) => commitment.status === 'open' && commitment.due !== null && Date.parse(commitment.due) <= nextDay)
          .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
          .map((commitment) => `${commitment.title} — due ${formatWhen(commitment.due ?? '', zone)}${toWhom(commitment)}`);
  const blockers = [
    ...sources.running.map(({ blocker, elapsedMs }) => `Blocked on “${blocker.what}” for ${formatBlockedTime(elapsedMs)}${blocker.raised ? `, raised with ${blocker.raised.to}` : ''}`),
    ...blockerLines(sources.blockers, period).filter((line) => line.startsWith('Resolved')),
  ];
  return {
    ...updateTitle('daily', period, zone),
    blocks: [
      ...section('Done', done.map((commitment) => `${commitment.title}${toWhom(commitment)}`), 'Nothing was closed today.'),
      ...section('Next', next, 'Nothing is due before the next workday.'),
      ...section('Blockers', blockers, 'No blockers.'),
      ...section('Changes in plan', changesInPlan(commitments, period, zone), 'No changes to the plan.'),
    ],
  };
}

/** A status update for a period, drafted from what the journal already knows. */
export function draftUpdate(cadence: Cadence, period: Period, sources: UpdateSources): ExportDocument {
  return cadence === 'daily' ? dailyUpdate(period, sources) : periodUpdate(cadence, period, sources);
}
