import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';
import type { Settings } from '../domain/settings.ts';
import { parseTimeOfDay, toIso, type IsoInstant } from '../domain/time.ts';
import { atTimeOfDay, lastWorkdayOfMonth, lastWorkdayOfWeek, nextWorkday } from './workdays.ts';

export type CapturePartKind = 'due' | 'promisedTo' | 'source';

/** A piece of the line the parser understood, with where it stands in the line. */
export interface CapturePart {
  kind: CapturePartKind;
  /** The words as typed, e.g. "by Thu 3pm". */
  text: string;
  start: number;
  end: number;
}

export interface ParsedCapture {
  title: string;
  promisedTo: string | null;
  due: IsoInstant | null;
  source: string | null;
  parts: CapturePart[];
}

export interface CaptureContext {
  now: Date;
  timeZone: string;
  /** BCP 47, e.g. "en-GB": decides whether 3/4 is the 3rd of April or March 4th. */
  locale?: string;
  settings: Pick<Settings, 'workdayStart' | 'workdayEnd' | 'workdays'>;
  /** Parts the user took back ("monthly report" is not a date): left in the title as typed. */
  ignore?: readonly CapturePartKind[];
}

interface Found<T> {
  value: T;
  part: CapturePart;
  /** What stays in the title in place of the part: "Sync with @omar about…" keeps "omar". */
  inTitle?: string;
}

// Words that introduce a due date and belong to it, not to the title ("by Thu 3pm").
const DUE_LEAD = /\b(?:by|before|until|till|due|on|at|for|to)\s+$/i;

// "to Priya", "for Payments Team", "to @priya": a capitalised name of up to three words, or a
// handle. Lower-case words are left alone so "to review" or "for now" stay in the title.
const NAMED = /(?:^|\s)(?:to|for)\s+(@[\p{L}\d_.-]*[\p{L}\d_]|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=$|[\s,.;:!?])/gu;
// "for the infra team", "to the payments squad".
const TEAM = /(?:^|\s)(?:to|for)\s+(the\s+(?:[\p{L}\d-]+\s+){0,3}(?:team|squad|group|crew|guild|channel|folks))(?=$|[\s,.;:!?])/giu;
// "@priya" anywhere, but not an e-mail address.
const HANDLE = /(?:^|\s)(@[\p{L}\d_.-]*[\p{L}\d_])(?=$|[\s,.;:!?])/gu;
// "#meeting", "#review": a word, so "#123" stays an issue number in the title.
const SOURCE = /(?:^|\s)#(\p{L}[\p{L}\p{N}_-]*)/u;

// The words engineers use for deadlines that chrono does not know.
const END_OF_DAY = /\b(?:by\s+|before\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|today)|eod|cob|close\s+of\s+business)\b/i;
const END_OF_WEEK = /\b(?:by\s+|before\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|eow)\b/i;
const END_OF_NEXT_WEEK = /\b(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+next\s+week\b/i;
const END_OF_MONTH = /\b(?:by\s+|before\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|eom)\b/i;
const DAY_OF_MONTH = /\b(?:by|on|before|until)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/i;
const NEXT_WEEK = /^(?:by\s+|during\s+)?next\s+week$/i;

// chrono reads "now" as this instant; in a promise it is a figure of speech ("for now").
const NOT_A_DUE = /^(?:right\s+)?now$/i;

const THIS_DAY = /\b(?:this|today|tonight)\b/i;

/** Parts of the day said without a clock time, and the hour a promise for them means. */
const PART_OF_DAY: [RegExp, (settings: CaptureContext['settings']) => { hours: number; minutes: number }][] = [
  [/\bmorning\b/i, () => ({ hours: 12, minutes: 0 })],
  [/\b(?:noon|midday|lunch(?:time)?)\b/i, () => ({ hours: 12, minutes: 0 })],
  [/\bafternoon\b/i, (settings) => parseTimeOfDay(settings.workdayEnd)],
  [/\b(?:evening|tonight)\b/i, () => ({ hours: 21, minutes: 0 })],
];

/**
 * Reads one captured line: "Send rollout plan to Priya by Thu 3pm #meeting" → title "Send
 * rollout plan", promised to "Priya", due Thursday 15:00 in the user's time zone, source
 * "meeting". Dates are always read forward (on a Wednesday, "Monday" is next Monday); a day
 * without a time means the end of the user's workday; "tomorrow morning" means by noon.
 */
export function parseCapture(line: string, context: CaptureContext): ParsedCapture {
  const ignored = new Set(context.ignore ?? []);
  let text = line.replace(/\s+/g, ' ').trim();
  const parts: CapturePart[] = [];

  const source = ignored.has('source') ? null : findSource(text);
  if (source) {
    parts.push(source.part);
    text = blankOut(text, source.part);
  }
  const due = ignored.has('due') ? null : findDue(text, context);
  if (due) {
    parts.push(due.part);
    text = blankOut(text, due.part);
  }
  const person = ignored.has('promisedTo') ? null : findPromisedTo(text);
  if (person) {
    parts.push(person.part);
    text = blankOut(text, person.part, person.inTitle);
  }

  parts.sort((a, b) => a.start - b.start);
  return {
    title: tidyTitle(text),
    promisedTo: person?.value ?? null,
    due: due?.value ?? null,
    source: source?.value ?? null,
    parts,
  };
}

/**
 * The start of a period said in words, looking back: "since last Thursday" is the start of
 * last Thursday, "since the 3rd" of the most recent 3rd. Null if no date is there.
 */
export function parseSince(text: string, { now, timeZone: zone, locale }: Pick<CaptureContext, 'now' | 'timeZone' | 'locale'>): IsoInstant | null {
  const parser = littleEndian(locale) ? chrono.en.GB : chrono.casual;
  const result = parser.parse(text, { instant: now, timezone: tzOffset(zone, now) }).at(0);
  if (!result) return null;
  const components = result.start;
  const hours = components.isCertain('hour') ? (components.get('hour') ?? 0) : 0;
  const minutes = components.isCertain('hour') ? (components.get('minute') ?? 0) : 0;
  const instant = new TZDate(components.get('year') ?? 1970, (components.get('month') ?? 1) - 1, components.get('day') ?? 1, hours, minutes, 0, zone);
  return instant.getTime() <= now.getTime() ? toIso(instant) : null;
}

/** Only the due date of a phrase, e.g. "Friday" in a renegotiation: null if none is there. */
export function parseDue(text: string, context: CaptureContext): IsoInstant | null {
  return findDue(text.replace(/\s+/g, ' ').trim(), context)?.value ?? null;
}

function findSource(text: string): Found<string> | null {
  const match = SOURCE.exec(text);
  if (!match) return null;
  const start = match.index + match[0].indexOf('#');
  const end = match.index + match[0].length;
  return { value: (match[1] ?? '').toLowerCase(), part: { kind: 'source', text: text.slice(start, end), start, end } };
}

function findDue(text: string, context: CaptureContext): Found<IsoInstant> | null {
  return saidLast([findEngineerDue(text, context), findChronoDue(text, context)].filter((found) => found !== null));
}

/**
 * The part said last wins ("Move the Monday sync to Friday" is due Friday); of two that
 * overlap, the longer one ("by the end of the week", not chrono's "the week").
 */
function saidLast<T>(candidates: Found<T>[]): Found<T> | null {
  const outermost = candidates.filter(
    (candidate) =>
      !candidates.some(
        (other) => other !== candidate && other.part.start <= candidate.part.start && other.part.end >= candidate.part.end && other.part.end - other.part.start > candidate.part.end - candidate.part.start,
      ),
  );
  return outermost.sort((a, b) => b.part.end - a.part.end || a.part.start - b.part.start)[0] ?? null;
}

function findEngineerDue(text: string, context: CaptureContext): Found<IsoInstant> | null {
  const { now, timeZone: zone, settings } = context;
  const endOfDay = (day: Date) => atTimeOfDay(day, settings.workdayEnd, zone);
  // Each rule gives the deadline, or the next one if this one has already passed.
  const rules: [RegExp, (match: RegExpExecArray) => Date | null][] = [
    [END_OF_NEXT_WEEK, () => endOfDay(lastWorkdayOfWeek(addWeeks(now, 1), zone, settings))],
    [END_OF_WEEK, () => upcoming(now, (week) => endOfDay(lastWorkdayOfWeek(addWeeks(now, week), zone, settings)))],
    [END_OF_MONTH, () => upcoming(now, (month) => endOfDay(lastWorkdayOfMonth(addMonths(now, month), zone, settings)))],
    [END_OF_DAY, () => upcoming(now, (day) => endOfDay(nextWorkday(addDays(now, day), zone, settings)))],
    [DAY_OF_MONTH, (match) => dayOfMonth(Number(match[1]), context)],
  ];
  let best: Found<IsoInstant> | null = null;
  for (const [pattern, deadline] of rules) {
    const match = pattern.exec(text);
    if (!match || (best && match.index <= best.part.start)) continue;
    const instant = deadline(match);
    if (!instant) continue;
    const start = match.index;
    const end = start + match[0].length;
    best = { value: toIso(instant), part: { kind: 'due', text: text.slice(start, end), start, end } };
  }
  return best;
}

/** The first of `deadline(0)`, `deadline(1)`, … that is still ahead of `now`. */
function upcoming(now: Date, deadline: (offset: number) => Date): Date {
  for (let offset = 0; offset < 3; offset += 1) {
    const candidate = deadline(offset);
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  return deadline(3);
}

/** "by the 3rd": the next 3rd of a month, at the end of the workday. */
function dayOfMonth(day: number, { now, timeZone: zone, settings }: CaptureContext): Date | null {
  if (day < 1 || day > 31) return null;
  const local = new TZDate(now.getTime(), zone);
  for (let month = 0; month < 13; month += 1) {
    const first = new TZDate(local.getFullYear(), local.getMonth() + month, 1, 12, 0, 0, zone);
    const candidate = new TZDate(first.getFullYear(), first.getMonth(), day, 12, 0, 0, zone);
    if (candidate.getMonth() !== first.getMonth()) continue; // no 31st in this month
    const deadline = atTimeOfDay(candidate, settings.workdayEnd, zone);
    if (deadline.getTime() > now.getTime()) return deadline;
  }
  return null;
}

function findChronoDue(text: string, context: CaptureContext): Found<IsoInstant> | null {
  const { now, timeZone: zone, settings } = context;
  const reference = { instant: now, timezone: tzOffset(zone, now) };
  const parser = littleEndian(context.locale) ? chrono.en.GB : chrono.casual;
  const result = parser
    .parse(text, reference, { forwardDate: true })
    .filter((found) => !NOT_A_DUE.test(found.text.trim()))
    .at(-1);
  if (!result) return null;

  let start = result.index;
  const lead = DUE_LEAD.exec(text.slice(0, start));
  if (lead) start -= lead[0].length;
  const end = result.index + result.text.length;
  const part: CapturePart = { kind: 'due', text: text.slice(start, end), start, end };

  if (NEXT_WEEK.test(result.text.trim())) {
    // chrono reads "next week" as a week from this minute; a promise for next week is kept
    // if it is done by the end of its last workday.
    return { value: toIso(atTimeOfDay(lastWorkdayOfWeek(addWeeks(now, 1), zone, settings), settings.workdayEnd, zone)), part };
  }

  const components = result.start;
  const partOfDay = PART_OF_DAY.find(([pattern]) => pattern.test(result.text));
  const time = components.isCertain('hour')
    ? { hours: components.get('hour') ?? 0, minutes: components.get('minute') ?? 0 }
    : partOfDay
      ? partOfDay[1](settings)
      : parseTimeOfDay(settings.workdayEnd);
  // chrono moves "this afternoon" to tomorrow when its own guess of the hour (15:00) has
  // passed; the user means today, by the hour the part of the day stands for.
  const day = partOfDay && THIS_DAY.test(result.text) ? new TZDate(now.getTime(), zone) : null;
  const instant = new TZDate(
    day?.getFullYear() ?? components.get('year') ?? new TZDate(now.getTime(), zone).getFullYear(),
    (day ? day.getMonth() + 1 : (components.get('month') ?? 1)) - 1,
    day?.getDate() ?? components.get('day') ?? 1,
    time.hours,
    time.minutes,
    0,
    zone,
  );
  return { value: toIso(instant), part };
}

/** Locales that write the day before the month (3/4 is the 3rd of April). */
function littleEndian(locale: string | undefined): boolean {
  return locale !== undefined && /^en-(?!US|PH|CA$)/i.test(locale);
}

function findPromisedTo(text: string): Found<string> | null {
  const found: Found<string>[] = [];
  for (const pattern of [NAMED, TEAM, HANDLE]) {
    for (const match of text.matchAll(pattern)) {
      const whole = match[0];
      const start = match.index + whole.length - whole.trimStart().length;
      const end = match.index + whole.length;
      const raw = match[1] ?? '';
      const value = raw.startsWith('@') ? raw.slice(1) : raw.replace(/\s+/g, ' ');
      // A bare handle is part of the sentence ("Sync with @omar about…"): its name stays.
      found.push({ value, part: { kind: 'promisedTo', text: text.slice(start, end), start, end }, ...(pattern === HANDLE ? { inTitle: value } : {}) });
    }
  }
  return saidLast(found);
}

/**
 * Takes a part out of the text, padding with spaces so the offsets of the other parts stay
 * true to the line.
 */
function blankOut(text: string, part: CapturePart, keep = ''): string {
  const replacement = keep.padEnd(part.end - part.start, ' ');
  return text.slice(0, part.start) + replacement + text.slice(part.end);
}

function tidyTitle(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}
