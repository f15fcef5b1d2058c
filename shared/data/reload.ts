import type { JournalContext } from '../journal-context.ts';

/**
 * Reads the journal again from its files, after an import or a restore changed them under it:
 * the open records, the settings, and no month of the archives kept from before. The undo of
 * the last close is forgotten (what it would put back may no longer be there). The blocker
 * clock needs nothing: its progress is matched to an open segment by when that began, so a
 * segment the files replaced is counted from its record, and the next heartbeat settles it.
 */
export function reloadFromStore(context: JournalContext): void {
  const loaded = context.store.load();
  context.live.clear();
  for (const record of loaded.live) context.live.set(record.id, record);
  context.settings = loaded.settings;
  context.archives.forget();
  context.recentClose = null;
  context.changed();
}
