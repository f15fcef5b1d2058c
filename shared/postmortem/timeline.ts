import { monthsBetween } from '../store/layout.ts';
import { formatWhen } from '../commitments/drafts.ts';
import type { Blocker } from '../domain/blocker.ts';
import type { Commitment } from '../domain/commitment.ts';
import { SENTENCE_MAX, type Postmortem, type TimelineEntry } from '../domain/postmortem.ts';
import { toIso } from '../domain/time.ts';
import type { JournalContext } from '../journal-context.ts';
import type { JournalRecord } from '../store/port.ts';

const HOUR = 60 * 60 * 1000;
/** How far before it happened the journal is read: what led up to it. */
export const TIMELINE_LEAD_MS = 12 * HOUR;
/** How far after the last known moment (acknowledged, usually): the fix and the follow-up. */
export const TIMELINE_TRAIL_MS = 24 * HOUR;

export interface TimelineWindow {
  from: number;
  to: number;
}

/** A timeline entry the journal offers: something it recorded in the window. */
export type TimelineSuggestion = TimelineEntry & { ref: string };

/**
 * One kind of record the timeline is pre-filled from. Each source picks its own records out of
 * everything read for the window, so a new one (check-ins, decisions) is one more function in
 * `TIMELINE_SOURCES`, with nothing else to change.
 */
export type TimelineSource = (records: readonly JournalRecord[], window: TimelineWindow, timeZone: string) => TimelineSuggestion[];

function within(at: string, window: TimelineWindow): boolean {
  const ms = Date.parse(at);
  return ms >= window.from && ms <= window.to;
}

function entry(at: string, text: string, ref: string): TimelineSuggestion {
  return { at, text: text.replace(/\s+/g, ' ').trim().slice(0, SENTENCE_MAX), ref };
}

const to = (person: string | null) => (person === null ? '' : ` to ${person}`);

/** What the user promised, closed, renegotiated and let come due in the window. */
export const commitmentEntries: TimelineSource = (records, window, timeZone) => {
  const found: TimelineSuggestion[] = [];
  for (const record of records) {
    if (record.kind !== 'commitment') continue;
    const commitment: Commitment = record;
    const title = `“${commitment.title}”`;
    const ref = `commitment:${commitment.id}`;
    for (const event of commitment.history) {
      if (!within(event.at, window)) continue;
      if (event.type === 'captured') found.push(entry(event.at, `Promised ${title}${to(commitment.promisedTo)}`, `${ref}:captured`));
      if (event.type === 'renegotiated') found.push(entry(event.at, `Renegotiated ${title} to ${formatWhen(event.to, timeZone)} (${event.timing === 'late' ? 'late' : 'on time'})`, `${ref}:renegotiated:${event.at}`));
      if (event.type === 'status') {
        const verb = event.to === 'done' ? 'Done:' : event.to === 'dropped' ? 'Dropped' : 'Reopened';
        found.push(entry(event.at, `${verb} ${title}`, `${ref}:status:${event.at}`));
      }
    }
    // A due date that passed in the window, before the promise was kept, is often the incident.
    const due = commitment.due;
    if (due !== null && within(due, window) && (commitment.closedAt === null || commitment.closedAt > due) && commitment.status !== 'dropped') {
      found.push(entry(due, `${title} was due${to(commitment.promisedTo)}`, `${ref}:due`));
    }
  }
  return found;
};

/** What the user was blocked on, each thing they tried, who they asked, and how it ended. */
export const blockerEntries: TimelineSource = (records, window) => {
  const found: TimelineSuggestion[] = [];
  for (const record of records) {
    if (record.kind !== 'blocker') continue;
    const blocker: Blocker = record;
    const ref = `blocker:${blocker.id}`;
    if (within(blocker.createdAt, window)) found.push(entry(blocker.createdAt, `Blocked: ${blocker.what}`, `${ref}:started`));
    blocker.attempts.forEach((attempt, index) => {
      if (within(attempt.at, window)) found.push(entry(attempt.at, `Tried: ${attempt.tried}${attempt.showed === '' ? '' : ` — ${attempt.showed}`}`, `${ref}:attempt:${String(index)}`));
    });
    if (blocker.raised && within(blocker.raised.at, window)) found.push(entry(blocker.raised.at, `Asked ${blocker.raised.to} for help with ${blocker.what}`, `${ref}:raised`));
    if (blocker.resolution && within(blocker.resolution.at, window)) found.push(entry(blocker.resolution.at, `Unblocked: ${blocker.resolution.how}`, `${ref}:resolved`));
  }
  return found;
};

/** What the user said they would do that day and what held them up, at the moment they checked in. */
export const checkInEntries: TimelineSource = (records, window) => {
  const found: TimelineSuggestion[] = [];
  for (const record of records) {
    if (record.kind !== 'checkin' || !within(record.createdAt, window)) continue;
    const ref = `checkin:${record.id}`;
    if (record.today.length > 0) found.push(entry(record.createdAt, `Checked in, planning: ${record.today.join('; ')}`, `${ref}:today`));
    if (record.blockers.length > 0) found.push(entry(record.createdAt, `Checked in, blocked by: ${record.blockers.join('; ')}`, `${ref}:blockers`));
  }
  return found;
};

/** Decisions taken in the window: often the moment a risk was accepted. */
export const decisionEntries: TimelineSource = (records, window) => {
  const found: TimelineSuggestion[] = [];
  for (const record of records) {
    if (record.kind === 'decision' && within(record.decidedAt, window)) found.push(entry(record.decidedAt, `Decided: ${record.what}`, `decision:${record.id}`));
  }
  return found;
};

/** Every source the timeline is pre-filled from. */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [commitmentEntries, blockerEntries, checkInEntries, decisionEntries];

/** The stretch of the journal around the incident: from before it happened to after it was acknowledged. */
export function timelineWindow(postmortem: Pick<Postmortem, 'happenedAt' | 'detectedAt' | 'acknowledgedAt'>, now: Date): TimelineWindow {
  const happened = Date.parse(postmortem.happenedAt);
  const latest = Math.max(happened, ...[postmortem.detectedAt, postmortem.acknowledgedAt].filter((at) => at !== null).map((at) => Date.parse(at)));
  return { from: happened - TIMELINE_LEAD_MS, to: Math.min(now.getTime(), latest + TIMELINE_TRAIL_MS) };
}

/** Suggestions from every source, oldest first (at the same moment, in the sources' order). Pure. */
export function timelineSuggestions(records: readonly JournalRecord[], window: TimelineWindow, timeZone: string, sources: readonly TimelineSource[] = TIMELINE_SOURCES): TimelineSuggestion[] {
  return sources.flatMap((source) => source(records, window, timeZone)).sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The records the window can hold something of: everything open, and what closed from the
 * window's start until now (a record with events in the window closed no earlier than that).
 */
export function recordsAround(context: JournalContext, window: TimelineWindow): JournalRecord[] {
  const records = [...context.live.values()];
  const present = new Set(context.archives.months());
  for (const month of monthsBetween(toIso(new Date(window.from)), toIso(context.clock.now()))) {
    if (present.has(month)) records.push(...context.archives.month(month).values());
  }
  return records;
}

/** Everything the journal recorded around this postmortem's incident, for its timeline. */
export function journalEntriesAround(context: JournalContext, postmortem: Pick<Postmortem, 'happenedAt' | 'detectedAt' | 'acknowledgedAt'>): TimelineSuggestion[] {
  const window = timelineWindow(postmortem, context.clock.now());
  return timelineSuggestions(recordsAround(context, window), window, context.clock.timeZone());
}
