import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { addWeeks, startOfWeek, addDays } from 'date-fns';
import type { Settings } from '../domain/settings.ts';
import { parseTimeOfDay, toIso, type IsoInstant } from '../domain/time.ts';

/** A piece of the line the parser understood, with where it stands in the line. */
export interface CapturePart {
  kind: 'due' | 'promisedTo';
  /** The words as typed, e.g. "by Thu 3pm". */
  text: string;
  start: number;
  end: number;
}

export interface ParsedCapture {
  title: string;
  promisedTo: string | null;
  due: IsoInstant | null;
  parts: CapturePart[];
}

export interface CaptureContext {
  now: Date;
  timeZone: string;
  settings: Pick<Settings, 'workdayEnd' | 'workdays'>;
}

// Words that introduce a due date and belong to it, not to the title ("by Thu 3pm").
const DUE_LEAD = /\b(?:by|before|until|till|due|on|at)\s+$/i;

// "to Priya", "for Payments Team", "to @priya": a capitalised name of up to three words, or a
// handle. Lower-case words are left alone so "to review" or "for now" stay part of the title.
const PROMISED_TO =
  /(?:^|\s)(?:to|for)\s+(@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=$|[\s,.;:!?])/gu;

const NEXT_WEEK = /^(?:by\s+|during\s+)?next\s+week$/i;

// chrono reads "now" as this instant; in a promise it is a figure of speech ("for now").
const NOT_A_DUE = /^(?:right\s+)?now$/i;

/**
 * Reads one captured line: "Send rollout plan to Priya by Thu 3pm" → title "Send rollout plan",
 * promised to "Priya", due Thursday 15:00 in the user's time zone. Dates are always read
 * forward (on a Wednesday, "Monday" is next Monday), and a day without a time means the end
 * of the user's workday.
 */
export function parseCapture(line: string, context: CaptureContext): ParsedCapture {
  const text = line.replace(/\s+/g, ' ').trim();
  const parts: CapturePart[] = [];

  const duePart = findDue(text, context);
  let due: IsoInstant | null = null;
  if (duePart) {
    due = duePart.due;
    parts.push(duePart.part);
  }

  const withoutDue = duePart ? blankOut(text, duePart.part) : text;
  const personPart = findPromisedTo(withoutDue);
  if (personPart) parts.push(personPart.part);

  const title = tidyTitle(personPart ? blankOut(withoutDue, personPart.part) : withoutDue);
  parts.sort((a, b) => a.start - b.start);
  return { title, promisedTo: personPart?.name ?? null, due, parts };
}

function findDue(
  text: string,
  context: CaptureContext,
): { due: IsoInstant; part: CapturePart } | null {
  const { now, timeZone } = context;
  const reference = { instant: now, timezone: tzOffset(timeZone, now) };
  const results = chrono.casual
    .parse(text, reference, { forwardDate: true })
    .filter((result) => !NOT_A_DUE.test(result.text.trim()));
  // The due date is the one said last: "Move the Monday sync to Friday" is due Friday.
  const result = results.at(-1);
  if (!result) return null;

  let start = result.index;
  const lead = DUE_LEAD.exec(text.slice(0, start));
  if (lead) start -= lead[0].length;
  const end = result.index + result.text.length;
  const part: CapturePart = { kind: 'due', text: text.slice(start, end), start, end };

  if (NEXT_WEEK.test(result.text.trim())) {
    return { due: endOfNextWeek(context), part };
  }

  const components = result.start;
  const time = components.isCertain('hour')
    ? { hours: components.get('hour') ?? 0, minutes: components.get('minute') ?? 0 }
    : parseTimeOfDay(context.settings.workdayEnd);
  const instant = new TZDate(
    components.get('year') ?? now.getUTCFullYear(),
    (components.get('month') ?? 1) - 1,
    components.get('day') ?? 1,
    time.hours,
    time.minutes,
    0,
    timeZone,
  );
  return { due: toIso(instant), part };
}

/**
 * chrono reads "next week" as a week from now at the current minute, an instant nobody
 * means. A promise for next week is kept if it is done by the end of its last workday.
 */
function endOfNextWeek({ now, timeZone, settings }: CaptureContext): IsoInstant {
  const nextMonday = startOfWeek(addWeeks(new TZDate(now, timeZone), 1), { weekStartsOn: 1 });
  const workdays = new Set(settings.workdays);
  let lastWorkday = addDays(nextMonday, 4);
  for (let offset = 6; offset >= 0; offset -= 1) {
    const day = addDays(nextMonday, offset);
    if (workdays.has(day.getDay())) {
      lastWorkday = day;
      break;
    }
  }
  const { hours, minutes } = parseTimeOfDay(settings.workdayEnd);
  const end = new TZDate(
    lastWorkday.getFullYear(),
    lastWorkday.getMonth(),
    lastWorkday.getDate(),
    hours,
    minutes,
    0,
    timeZone,
  );
  return toIso(end);
}

function findPromisedTo(text: string): { name: string; part: CapturePart } | null {
  let found: { name: string; part: CapturePart } | null = null;
  for (const match of text.matchAll(PROMISED_TO)) {
    const whole = match[0];
    const rawName = match[1] ?? '';
    const leading = whole.length - whole.trimStart().length;
    const start = match.index + leading;
    const end = match.index + whole.length;
    const name = rawName.startsWith('@') ? rawName.slice(1) : rawName;
    found = { name, part: { kind: 'promisedTo', text: text.slice(start, end), start, end } };
  }
  return found;
}

/** Replaces a part with spaces, so the offsets of the other parts stay true to the line. */
function blankOut(text: string, part: CapturePart): string {
  return text.slice(0, part.start) + ' '.repeat(part.end - part.start) + text.slice(part.end);
}

function tidyTitle(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}
