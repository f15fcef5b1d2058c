import type { JournalChannel, RequestMap, ResponseMap } from '../../shared/ipc/contract.ts';
import type { Journal } from '../../shared/journal.ts';

/** Calls one of the journal's handlers directly, typed by its channel (no IPC, no validation). */
export function call<C extends JournalChannel>(journal: Journal, channel: C, request: RequestMap[C]): ResponseMap[C] {
  return journal.handlers[channel](request);
}
