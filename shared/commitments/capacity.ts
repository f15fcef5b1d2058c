import type { Commitment } from '../domain/commitment.ts';
import type { Settings } from '../domain/settings.ts';
import type { IsoInstant } from '../domain/time.ts';
import { endOfWorkdays } from '../capture/workdays.ts';
import { draftOvercommitReply } from './drafts.ts';

export interface OverCapacity {
  /** Open commitments already due within the window (overdue ones included). */
  load: number;
  capacity: number;
  withinWorkdays: number;
  /** The concrete thing taking this on would push back: the in-window loop due last. */
  deprioritize: { id: string; title: string; promisedTo: string | null } | null;
  /** "I can take that on, but it means deprioritizing X — which should I do?" */
  reply: string;
}

/**
 * Whether taking on one more commitment due at `due` exceeds the user's capacity: at most
 * `maxOpen` open commitments due within the next `withinWorkdays` workdays. Something without a
 * date, or due beyond the window, does not add to the near-term load.
 */
export function overCapacity(
  due: IsoInstant | null,
  open: Iterable<Commitment>,
  context: { now: Date; timeZone: string; settings: Pick<Settings, 'capacity' | 'workdays' | 'workdayEnd'> },
): OverCapacity | null {
  const { maxOpen, withinWorkdays } = context.settings.capacity;
  const windowEnd = endOfWorkdays(context.now, withinWorkdays, context.timeZone, context.settings).getTime();
  if (due === null || Date.parse(due) > windowEnd) return null;
  const inWindow = [...open].filter((commitment) => commitment.status === 'open' && commitment.due !== null && Date.parse(commitment.due) <= windowEnd);
  if (inWindow.length + 1 <= maxOpen) return null;
  // Push back what is due last; of equals, what was taken on last (the least invested in).
  const latest = inWindow.map((commitment, order) => ({ commitment, order })).sort((a, b) => (b.commitment.due ?? '').localeCompare(a.commitment.due ?? '') || b.commitment.createdAt.localeCompare(a.commitment.createdAt) || b.order - a.order)[0]?.commitment ?? null;
  const deprioritize = latest && { id: latest.id, title: latest.title, promisedTo: latest.promisedTo };
  return { load: inWindow.length, capacity: maxOpen, withinWorkdays, deprioritize, reply: draftOvercommitReply(deprioritize) };
}
