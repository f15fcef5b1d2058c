import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Commitment } from '../domain/commitment.ts';
import type { IsoInstant } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import { REASON } from './reason.ts';

/** A message still holding the draft's placeholder is not sent. */
export function assertFilledIn(message: string): void {
  if (message.includes(REASON)) {
    throw new JournalError('invalid', `Fill in the ${REASON} in the message first — the reason is what makes the change easy to accept.`);
  }
}

/**
 * The messages Ownlog drafts so that closing or changing a promise is communicated, not just
 * recorded. Each is a starting point the user edits; what they send is what is kept.
 */

const WHEN_KEPT = 4096;
const whenFormatted = new Map<string, string>();

/**
 * "Thu 26 Nov, 15:00" in the user's zone. Formatting in a zone is slow and due times repeat
 * (people name the same hours), so the last few thousand are kept: an update over a thousand
 * open loops formats each time once.
 */
export function formatWhen(instant: IsoInstant, zone: string): string {
  const key = `${zone} ${instant}`;
  let text = whenFormatted.get(key);
  if (text === undefined) {
    text = format(new TZDate(Date.parse(instant), zone), 'EEE d MMM, HH:mm');
    if (whenFormatted.size >= WHEN_KEPT) whenFormatted.clear();
    whenFormatted.set(key, text);
  }
  return text;
}

/** "Hi Priya — ", "Hi infra team — " (not "Hi the infra team"). */
function greeting(commitment: Pick<Commitment, 'promisedTo'>): string {
  return commitment.promisedTo === null ? '' : `Hi ${commitment.promisedTo.replace(/^the\s+/i, '')} — `;
}

export function draftRenegotiation(commitment: Pick<Commitment, 'title' | 'promisedTo' | 'due'>, newDue: IsoInstant, zone: string): string {
  const next = formatWhen(newDue, zone);
  if (commitment.promisedTo === null) {
    const from = commitment.due === null ? '' : ` from ${formatWhen(commitment.due, zone)}`;
    return `Moving “${commitment.title}”${from} to ${next}, because ${REASON}.`;
  }
  const was = commitment.due === null ? '' : ` by ${formatWhen(commitment.due, zone)} as I said`;
  return `${greeting(commitment)}I won’t make “${commitment.title}”${was}. I can have it to you by ${next}, because ${REASON}. Does that still work for you?`;
}

export function draftDropNote(commitment: Pick<Commitment, 'title' | 'promisedTo'>): string {
  if (commitment.promisedTo === null) return `Not doing “${commitment.title}”, because ${REASON}.`;
  return `${greeting(commitment)}I’m not going to do “${commitment.title}” after all, because ${REASON}. Sorry for the change — if it still matters to you, I’m happy to help find another way.`;
}

export function draftOvercommitReply(deprioritize: Pick<Commitment, 'title' | 'promisedTo'> | null): string {
  if (deprioritize === null) return 'I can take that on, but my plate is full for the next few days — what should I set aside for it?';
  const whose = deprioritize.promisedTo === null ? '' : ` (for ${deprioritize.promisedTo})`;
  return `I can take that on, but it means deprioritizing “${deprioritize.title}”${whose} — which should I do?`;
}

export function draftScopeMessage(commitment: Pick<Commitment, 'title' | 'promisedTo'>, scope: { what: string; costDays: number; whyNow: string }): string {
  const days = scope.costDays === 1 ? '1 day' : `${String(scope.costDays)} days`;
  const why = scope.whyNow.trim() === '' ? REASON : scope.whyNow.trim().replace(/[.!]+$/, '');
  // Said so that it reads right for any noun: "the retry queue", "the cron jobs".
  return `${greeting(commitment)}While working on “${commitment.title}”, I found something else that needs attention: ${scope.what.trim().replace(/[.!]+$/, '')}. I recommend we address it now because ${why}. This would add ${days}. Should I proceed?`;
}
