import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import { formatBlockedTime } from '../blockers/display.ts';
import type { BlockerView } from '../blockers/view.ts';
import { formatWhen } from '../commitments/drafts.ts';
import type { Blocker } from '../domain/blocker.ts';
import type { CheckInParts } from '../domain/checkin.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { Settings } from '../domain/settings.ts';
import { previousWorkdayStart } from './days.ts';

export interface CheckInSources {
  now: Date;
  zone: string;
  settings: Pick<Settings, 'workdays' | 'dueSoonHours'>;
  /** Open commitments, and those closed since the previous workday. */
  commitments: Commitment[];
  /** Blockers open now or resolved since the previous workday. */
  blockers: Blocker[];
  /** The open blockers with their clocks read now. */
  running: BlockerView[];
  /** When the last check-in was saved: plan changes since then (or since the previous workday). */
  lastCheckInAt: Date | null;
}

const HOUR = 60 * 60 * 1000;

function toWhom(commitment: Commitment): string {
  return commitment.promisedTo === null ? '' : ` (to ${commitment.promisedTo})`;
}

const within = (iso: string, from: Date, to: Date) => Date.parse(iso) >= from.getTime() && Date.parse(iso) <= to.getTime();

/**
 * The check-in, pre-filled from the journal, for the user to edit:
 * - yesterday: what closed and what was tried since the previous workday (Monday covers Friday);
 * - today: what is overdue, due today or due soon;
 * - blockers: the open ones with their blocked time;
 * - plan changes: renegotiations and scope decisions since the last check-in.
 */
export function prefillCheckIn({ now, zone, settings, commitments, blockers, running, lastCheckInAt }: CheckInSources): CheckInParts {
  const since = previousWorkdayStart(now, zone, settings);
  const changesSince = lastCheckInAt !== null && lastCheckInAt > since ? lastCheckInAt : since;
  const endOfToday = endOfDay(new TZDate(now.getTime(), zone));
  const when = (iso: string) => formatWhen(iso, zone);

  const yesterday: string[] = [];
  for (const commitment of commitments) {
    for (const event of commitment.history) {
      if (event.type !== 'status' || event.from !== 'open' || !within(event.at, since, now)) continue;
      yesterday.push(event.to === 'done' ? `Done: ${commitment.title}${toWhom(commitment)}` : `Dropped: ${commitment.title}${toWhom(commitment)}`);
    }
  }
  for (const blocker of blockers) {
    for (const attempt of blocker.attempts) {
      if (within(attempt.at, since, now)) yesterday.push(`Tried on “${blocker.what}”: ${attempt.tried}${attempt.showed ? ` — ${attempt.showed}` : ''}`);
    }
    if (blocker.resolution && within(blocker.resolution.at, since, now)) yesterday.push(`Unblocked “${blocker.what}”: ${blocker.resolution.how}`);
  }

  const today: string[] = [];
  const dueSoonUntil = Math.max(endOfToday.getTime(), now.getTime() + settings.dueSoonHours * HOUR);
  const open = commitments.filter((commitment) => commitment.status === 'open' && commitment.due !== null && Date.parse(commitment.due) <= dueSoonUntil);
  for (const commitment of open.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))) {
    const due = commitment.due ?? '';
    const state = Date.parse(due) < now.getTime() ? `overdue since ${when(due)}` : `due ${when(due)}`;
    today.push(`${commitment.title} — ${state}${toWhom(commitment)}`);
  }

  const blockerLines = running.map(({ blocker, elapsedMs }) => `${blocker.what} — blocked ${formatBlockedTime(elapsedMs)}${blocker.raised ? `, raised with ${blocker.raised.to}` : ''}`);

  const planChanges: string[] = [];
  for (const commitment of commitments) {
    for (const event of commitment.history) {
      if (!within(event.at, changesSince, now)) continue;
      if (event.type === 'renegotiated') {
        planChanges.push(`Moved “${commitment.title}”${event.from ? ` from ${when(event.from)}` : ''} to ${when(event.to)}${event.timing === 'late' ? ' (asked late)' : ''}`);
      } else if (event.type === 'scope') {
        const scope = commitment.scopeChanges.find((candidate) => candidate.id === event.scopeId);
        const what = scope ? `“${scope.what}”` : 'extra work';
        const said = {
          found: `Found more work on “${commitment.title}”: ${what}${scope ? ` (+${String(scope.costDays)} d), waiting for a decision` : ''}`,
          proceed: `Going ahead with ${what} on “${commitment.title}”${scope ? ` (+${String(scope.costDays)} d)` : ''}`,
          defer: `Deferred ${what} from “${commitment.title}” to its own commitment`,
          decline: `Declined ${what} on “${commitment.title}”`,
        } as const;
        planChanges.push(said[event.change]);
      }
    }
  }

  return { yesterday, today, blockers: blockerLines, planChanges };
}
