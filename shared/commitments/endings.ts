import type { Commitment } from '../domain/commitment.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { monthOf, type MonthKey } from '../store/layout.ts';
import { assertFilledIn } from './drafts.ts';
import { findCommitment, now, openCommitment } from './lookup.ts';
import { UNDO_WINDOW_MS } from './undo.ts';


function close(context: JournalContext, open: Commitment, closed: Commitment): Commitment {
  const at = closed.closedAt ?? closed.updatedAt;
  const month = monthOf(at);
  context.archives.put(closed, month);
  context.recentClose = { before: open, month, until: context.clock.now().getTime() + UNDO_WINDOW_MS };
  context.changed();
  return closed;
}

/**
 * Done: the loop is closed and moves to its month's archive. With items of its definition of
 * shipped unchecked, the user must say they skip them, and which were skipped is recorded.
 */
export function closeAsDone(context: JournalContext, id: string, options: { skipChecklist?: boolean | undefined } = {}): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const unchecked = open.checklist.filter((entry) => !entry.checked).map((entry) => entry.item);
  if (unchecked.length > 0 && options.skipChecklist !== true) {
    throw new JournalError(
      'conflict',
      `${String(unchecked.length)} of the definition of shipped ${unchecked.length === 1 ? 'is' : 'are'} not checked: ${unchecked.join('; ')}. Confirm to close it anyway.`,
    );
  }
  const at = now(context);
  return close(context, open, {
    ...open,
    status: 'done',
    updatedAt: at,
    closedAt: at,
    history: [...open.history, unchecked.length > 0 ? { type: 'status', at, from: 'open', to: 'done', skipped: unchecked } : { type: 'status', at, from: 'open', to: 'done' }],
  });
}

/** Dropped: an honest ending, with the note to the person it was promised to. */
export function closeAsDropped(context: JournalContext, id: string, note: string): Commitment {
  assertWritable(context);
  const open = openCommitment(context, id);
  const kept = note.trim();
  if (kept === '') {
    throw new JournalError('invalid', open.promisedTo ? `Write the note to ${open.promisedTo} before dropping it.` : 'Write a note on why it is dropped.');
  }
  assertFilledIn(kept);
  const at = now(context);
  return close(context, open, {
    ...open,
    status: 'dropped',
    updatedAt: at,
    closedAt: at,
    history: [...open.history, { type: 'status', at, from: 'open', to: 'dropped', note: kept }],
  });
}

/** Takes back the last close, within a few seconds of it, as if it had not happened. */
export function undoClose(context: JournalContext, id: string): Commitment {
  assertWritable(context);
  const recent = context.recentClose;
  if (recent?.before.id !== id) throw new JournalError('conflict', 'There is nothing to undo for that commitment.');
  if (context.clock.now().getTime() > recent.until) {
    context.recentClose = null;
    throw new JournalError('conflict', 'Too late to undo — reopen it from Closed instead.');
  }
  context.archives.takeBack(recent.before, recent.month);
  context.recentClose = null;
  context.changed();
  return recent.before;
}

/** Reopens a closed commitment: recorded in its history, honestly. */
export function reopen(context: JournalContext, id: string, month: MonthKey): Commitment {
  assertWritable(context);
  const found = findCommitment(context, id, month);
  const closed = found.commitment;
  if (closed.status === 'open' || found.month === null) throw new JournalError('conflict', 'That commitment is already open.');
  const at = now(context);
  const reopened: Commitment = {
    ...closed,
    status: 'open',
    updatedAt: at,
    closedAt: null,
    history: [...closed.history, { type: 'status', at, from: closed.status, to: 'open' }],
  };
  context.archives.takeBack(reopened, found.month);
  if (context.recentClose?.before.id === id) context.recentClose = null;
  context.changed();
  return reopened;
}

/**
 * Deletes a line captured by mistake. Not a drop: it leaves no mark on the user's record,
 * because only real promises count.
 */
export function remove(context: JournalContext, id: string, month?: MonthKey): { id: string } {
  assertWritable(context);
  const found = findCommitment(context, id, month);
  if (found.month === null) {
    context.store.removeLive(id);
    context.live.delete(id);
  } else {
    context.archives.remove(id, found.month);
  }
  if (context.recentClose?.before.id === id) context.recentClose = null;
  context.changed();
  return { id };
}
