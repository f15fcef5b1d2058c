import { parseCapture, type ParsedCapture } from '../capture/parse-capture.ts';
import { Commitment } from '../domain/commitment.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { monthOf } from '../store/layout.ts';
import type { commitmentChannels } from './channels.ts';

export function previewCapture(context: JournalContext, line: string): ParsedCapture {
  return parseCapture(line, {
    now: context.clock.now(),
    timeZone: context.clock.timeZone(),
    settings: context.settings,
  });
}

/** Turns one typed line into an open commitment, on disk before it is shown. */
export function capture(context: JournalContext, line: string): Commitment {
  assertWritable(context);
  const parsed = previewCapture(context, line);
  if (parsed.title === '') {
    throw new JournalError(
      'invalid',
      'Say what you promised, not only when or to whom — e.g. "Send rollout plan to Priya by Thu 3pm".',
    );
  }
  const at = toIso(context.clock.now());
  const candidate = {
    kind: 'commitment',
    id: context.ids.next(),
    title: parsed.title,
    promisedTo: parsed.promisedTo,
    due: parsed.due,
    source: null,
    captured: line,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    history: [{ type: 'captured', at }],
  } satisfies Commitment;
  const checked = Commitment.safeParse(candidate);
  if (!checked.success) {
    throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That line cannot be saved.');
  }
  context.store.putLive(checked.data);
  context.live.set(checked.data.id, checked.data);
  context.changed();
  return checked.data;
}

export function openCommitment(context: JournalContext, id: string): Commitment {
  const record = context.live.get(id);
  if (record?.kind !== 'commitment' || record.status !== 'open') {
    throw new JournalError('not-found', 'That commitment is no longer open — it may have been closed in another window.');
  }
  return record;
}

/** Done: the loop is closed, its history records when, and it moves to its month's archive. */
export function closeAsDone(context: JournalContext, id: string): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const at = toIso(context.clock.now());
  const done: Commitment = {
    ...open,
    status: 'done',
    updatedAt: at,
    closedAt: at,
    history: [...open.history, { type: 'status', at, from: 'open', to: 'done' }],
  };
  context.store.archive(done, monthOf(at));
  context.live.delete(id);
  context.changed();
  return done;
}

export function commitmentHandlers(context: JournalContext): HandlersFor<typeof commitmentChannels> {
  return {
    'ownlog:commitment-preview': ({ line }) => previewCapture(context, line),
    'ownlog:commitment-capture': ({ line }) => capture(context, line),
    'ownlog:commitment-close-done': ({ id }) => closeAsDone(context, id),
  };
}
