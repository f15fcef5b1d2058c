import type { JournalRecord } from '../store/port.ts';

/**
 * How many loops are open: commitments not yet closed and updates drafted but not sent. (Blockers
 * are counted apart, with their time.) This is the number the tray shows.
 */
export function openLoopCount(records: Iterable<JournalRecord>): number {
  let count = 0;
  for (const record of records) {
    if (record.kind === 'commitment' && record.status === 'open') count += 1;
    if (record.kind === 'status-update' && record.sentAt === null) count += 1;
  }
  return count;
}
