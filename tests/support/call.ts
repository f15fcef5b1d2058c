import type { RequestMap, ResponseMap, SyncJournalChannel, SyncJournalHandlers } from '../../shared/ipc/contract.ts';
import type { Journal } from '../../shared/journal.ts';

/** Calls one of the journal's handlers that answer at once, typed by its channel (no IPC, no validation). */
export function call<C extends SyncJournalChannel>(journal: Journal, channel: C, request: RequestMap[C]): ResponseMap[C] {
  const handlers: SyncJournalHandlers = journal.handlers;
  return handlers[channel](request);
}
