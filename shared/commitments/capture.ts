import { parseCapture, parseDue, type CapturePartKind, type ParsedCapture } from '../capture/parse-capture.ts';
import { Commitment } from '../domain/commitment.ts';
import type { IsoInstant } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, ofKind, type JournalContext } from '../journal-context.ts';
import { overCapacity, type OverCapacity } from './capacity.ts';
import { now } from './lookup.ts';

export interface CaptureRequest {
  line: string;
  /** Parts the user took back from the preview: they stay in the title as typed. */
  ignore?: readonly CapturePartKind[] | undefined;
  /** The user saw the over-capacity warning and takes it on anyway. */
  takeOnAnyway?: boolean | undefined;
}

export interface CapturePreview {
  parsed: ParsedCapture;
  overCapacity: OverCapacity | null;
}

function parse(context: JournalContext, line: string, ignore?: readonly CapturePartKind[]): ParsedCapture {
  return parseCapture(line, {
    now: context.clock.now(),
    timeZone: context.clock.timeZone(),
    locale: context.locale,
    settings: context.settings,
    ...(ignore === undefined ? {} : { ignore }),
  });
}

/** What the line would become, and whether taking it on exceeds the user's capacity. */
export function previewCapture(context: JournalContext, { line, ignore }: CaptureRequest): CapturePreview {
  const parsed = parse(context, line, ignore);
  const over = overCapacity(parsed.due, ofKind(context.live.values(), 'commitment'), {
    now: context.clock.now(),
    timeZone: context.clock.timeZone(),
    settings: context.settings,
  });
  return { parsed, overCapacity: over };
}

/** Reads only a due date, as in "Friday 10am" when renegotiating. */
export function previewDue(context: JournalContext, text: string): IsoInstant | null {
  return parseDue(text, { now: context.clock.now(), timeZone: context.clock.timeZone(), locale: context.locale, settings: context.settings });
}

/** Turns one typed line into an open commitment, on disk before it is shown. */
export function capture(context: JournalContext, request: CaptureRequest): Commitment {
  assertWritable(context);
  const { parsed, overCapacity: over } = previewCapture(context, request);
  if (parsed.title === '') {
    throw new JournalError('invalid', 'Say what you promised, not only when or to whom — e.g. "Send rollout plan to Priya by Thu 3pm".');
  }
  if (over && request.takeOnAnyway !== true) {
    throw new JournalError(
      'conflict',
      `That makes ${String(over.load + 1)} commitments due in the next ${String(over.withinWorkdays)} workdays; your capacity is ${String(over.capacity)}. Take it on anyway, or reply first: ${over.reply}`,
    );
  }
  const at = now(context);
  const candidate = {
    kind: 'commitment',
    id: context.ids.next(),
    title: parsed.title,
    promisedTo: parsed.promisedTo,
    due: parsed.due,
    source: parsed.source,
    captured: request.line,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    notes: '',
    ownership: context.settings.defaultOwnership,
    checklist: [],
    scopeChanges: [],
    history: [over ? { type: 'captured', at, overCapacity: { load: over.load, capacity: over.capacity } } : { type: 'captured', at }],
  } satisfies Commitment;
  const checked = Commitment.safeParse(candidate);
  if (!checked.success) {
    throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That line cannot be saved.');
  }
  return createCommitment(context, checked.data);
}

/** Saves a new open commitment (from capture, a deferred scope change, a postmortem…). */
export function createCommitment(context: JournalContext, commitment: Commitment): Commitment {
  if (context.live.has(commitment.id)) throw new JournalError('conflict', 'A record with that id already exists.');
  context.store.putLive(commitment);
  context.live.set(commitment.id, commitment);
  context.changed();
  return commitment;
}
