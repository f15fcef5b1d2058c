import { TZDate } from '@date-fns/tz';
import { format, subMonths } from 'date-fns';
import { bulletList, heading, paragraph, type ExportDocument } from '../export/document.ts';
import { updateTitle, weekLabel } from '../status/period.ts';
import type { BlockerView } from '../blockers/view.ts';
import { CheckIn, checkInId, type CheckInParts } from '../domain/checkin.ts';
import type { LocalDay } from '../domain/local-day.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, ofKind, recordsSince, type JournalContext } from '../journal-context.ts';
import { monthOf, monthsBetween } from '../store/layout.ts';
import type { checkInChannels } from './channels.ts';
import { localDayOf, previousWorkdayStart } from './days.ts';
import { prefillCheckIn } from './prefill.ts';

/** A check-in is archived under the month it was first saved in: this month, or the one before. */
function savedCheckIn(context: JournalContext, day: LocalDay): { checkIn: CheckIn; month: string } | null {
  const now = context.clock.now();
  const present = new Set(context.archives.months());
  for (const month of [monthOf(toIso(now)), monthOf(toIso(subMonths(now, 1)))]) {
    if (!present.has(month)) continue;
    const found = context.archives.month(month).get(checkInId(day));
    if (found?.kind === 'checkin') return { checkIn: found, month };
  }
  return null;
}

/** The check-in saved for a day, if there is one. */
export function savedCheckInFor(context: JournalContext, day: LocalDay): CheckIn | null {
  return savedCheckIn(context, day)?.checkIn ?? null;
}

/** The most recent check-in before today, for "plan changes since the last check-in". */
function lastCheckIn(context: JournalContext, before: LocalDay): CheckIn | null {
  const now = context.clock.now();
  const checkIns = ofKind(recordsSince(context, subMonths(now, 1)), 'checkin').filter((checkIn) => checkIn.day < before);
  return checkIns.sort((a, b) => b.day.localeCompare(a.day))[0] ?? null;
}

export function checkInToday(context: JournalContext, running: () => BlockerView[]) {
  const now = context.clock.now();
  const zone = context.clock.timeZone();
  const day = localDayOf(now, zone);
  const since = previousWorkdayStart(now, zone, context.settings);
  const touched = recordsSince(context, since);
  const previous = lastCheckIn(context, day);
  const prefill = prefillCheckIn({
    now,
    zone,
    settings: context.settings,
    commitments: ofKind(touched, 'commitment'),
    blockers: ofKind(touched, 'blocker'),
    running: running(),
    lastCheckInAt: previous ? new Date(previous.updatedAt) : null,
  });
  return { day, saved: savedCheckIn(context, day)?.checkIn ?? null, prefill, previousDay: previous?.day ?? null };
}

/** Saves today's check-in; saving again the same day replaces it, and the history says when. */
export function saveCheckIn(context: JournalContext, day: LocalDay, parts: CheckInParts): CheckIn {
  assertWritable(context);
  const now = context.clock.now();
  const today = localDayOf(now, context.clock.timeZone());
  if (day !== today) throw new JournalError('invalid', `Check-ins are for today (${today}); this one is for ${day}. Reload the check-in to start today’s.`);
  const at = toIso(now);
  const existing = savedCheckIn(context, day);
  const candidate: CheckIn = {
    kind: 'checkin',
    id: checkInId(day),
    day,
    ...parts,
    createdAt: existing?.checkIn.createdAt ?? at,
    updatedAt: at,
    closedAt: existing?.checkIn.closedAt ?? at,
    history: [...(existing?.checkIn.history ?? []), { type: 'saved', at }],
  };
  const checked = CheckIn.safeParse(candidate);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That check-in cannot be saved.');
  const month = existing?.month ?? monthOf(at);
  context.archives.put(checked.data, month);
  context.changed();
  return checked.data;
}

/** Check-ins of a period, oldest first (for the weekly update and its export). */
export function checkInsBetween(context: JournalContext, from: Date, to: Date): CheckIn[] {
  const present = new Set(context.archives.months());
  // A check-in saved just after midnight can sit in the month before its day's.
  const months = monthsBetween(monthOf(toIso(subMonths(from, 1))), monthOf(toIso(to)));
  const zone = context.clock.timeZone();
  const fromDay = localDayOf(from, zone);
  const toDay = localDayOf(new TZDate(to.getTime(), zone), zone);
  const found = months.filter((month) => present.has(month)).flatMap((month) => ofKind(context.archives.month(month).values(), 'checkin'));
  return found.filter((checkIn) => checkIn.day >= fromDay && checkIn.day <= toDay).sort((a, b) => a.day.localeCompare(b.day));
}

/** The check-ins of a period as one document, for exporting the week's with its update. */
export function checkInsDocument(context: JournalContext, from: Date, to: Date): ExportDocument {
  const zone = context.clock.timeZone();
  const checkIns = checkInsBetween(context, from, to);
  const blocks = checkIns.flatMap((checkIn) => [
    heading(format(new TZDate(`${checkIn.day}T12:00:00`, zone), 'EEEE d MMMM')),
    ...PART_TITLES.flatMap(([part, title]) => (checkIn[part].length > 0 ? [heading(title, 3), bulletList(checkIn[part])] : [])),
  ]);
  return {
    title: `Check-ins — ${weekLabel({ from, to }, zone)}`,
    subtitle: updateTitle('range', { from, to }, zone).subtitle,
    blocks: blocks.length > 0 ? blocks : [paragraph('No check-ins in this period.')],
  };
}

const PART_TITLES = [
  ['yesterday', 'Yesterday'],
  ['today', 'Today'],
  ['blockers', 'Blockers'],
  ['planChanges', 'Changes in plan'],
] as const;

export function checkInHandlers(context: JournalContext, running: () => BlockerView[]): HandlersFor<typeof checkInChannels> {
  return {
    'ownlog:checkin-today': () => checkInToday(context, running),
    'ownlog:checkin-save': ({ day, parts }) => saveCheckIn(context, day, parts),
    'ownlog:checkin-list': ({ from, to }) => checkInsBetween(context, new Date(from), new Date(to)),
    'ownlog:checkin-document': ({ from, to }) => checkInsDocument(context, new Date(from), new Date(to)),
  };
}
