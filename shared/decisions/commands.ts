import { Decision } from '../domain/decision.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, ofKind, recordsSince, type JournalContext } from '../journal-context.ts';
import { monthOf } from '../store/layout.ts';
import type { decisionChannels } from './channels.ts';

/** Records a decision: it is history as soon as it is made, so it goes straight to the archive. */
export function recordDecision(context: JournalContext, request: { what: string; why: string; decidedAt?: string | undefined }): Decision {
  assertWritable(context);
  const at = toIso(context.clock.now());
  if (request.decidedAt !== undefined && request.decidedAt > at) throw new JournalError('invalid', 'A decision is recorded once it is made: pick a time that has passed.');
  const candidate: Decision = {
    kind: 'decision',
    id: context.ids.next(),
    what: request.what,
    why: request.why,
    decidedAt: request.decidedAt ?? at,
    createdAt: at,
    updatedAt: at,
    closedAt: at,
    history: [{ type: 'recorded', at }],
  };
  const checked = Decision.safeParse(candidate);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That decision cannot be saved.');
  const month = monthOf(at);
  context.archives.put(checked.data, month);
  context.changed();
  return checked.data;
}

/** Decisions made in a period, oldest first. */
export function decisionsBetween(context: JournalContext, from: Date, to: Date): Decision[] {
  // Recorded after it was made, a decision is archived under the month it was recorded in.
  return ofKind(recordsSince(context, from), 'decision')
    .filter((decision) => Date.parse(decision.decidedAt) >= from.getTime() && Date.parse(decision.decidedAt) <= to.getTime())
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
}

export function decisionHandlers(context: JournalContext): HandlersFor<typeof decisionChannels> {
  return {
    'ownlog:decision-record': (request) => recordDecision(context, request),
    'ownlog:decision-list': ({ from, to }) => decisionsBetween(context, new Date(from), new Date(to)),
  };
}
