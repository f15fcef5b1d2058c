import { localDayOf } from '../checkin/days.ts';
import { Settings } from '../domain/settings.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { LAYOUT_VERSION } from '../store/layout.ts';
import { dailyBackupDue, dailyBackupId, dailyBackupsToRemove, type BackupInfo } from './backup-rules.ts';
import type { JournalBackups } from './backups-port.ts';
import type { BackupList, Restored } from './channels.ts';
import { reloadFromStore } from './reload.ts';

export interface BackupCommands {
  list(): BackupList;
  /** A backup the user asked for, kept until they delete it. */
  takeNow(): BackupInfo;
  /** Backs up the journal as it is, then puts back backup `id` and reads the journal again. */
  restore(id: string): Restored;
  /**
   * Today's backup, if it is not taken yet, and then rotation: the daily backups beyond the
   * number the user keeps are removed. The shell asks at start and then every hour.
   */
  daily(): { taken: BackupInfo | null; removed: string[] };
  setKeepDaily(keep: number): BackupList;
}

export function backupCommands({ context, backups }: { context: JournalContext; backups: JournalBackups | null }): BackupCommands {
  function available(): JournalBackups {
    if (!backups) throw new JournalError('storage', 'Ownlog has no folder for backups here.');
    return backups;
  }

  function list(): BackupList {
    return { folder: backups?.folder ?? '', keepDaily: context.settings.keepDailyBackups, backups: backups?.list() ?? [] };
  }

  function restore(id: string): Restored {
    assertWritable(context);
    const from = available();
    const restored = from.list().find((backup) => backup.id === id);
    if (!restored) throw new JournalError('not-found', 'That backup is no longer there.');
    if (restored.layoutVersion > LAYOUT_VERSION) {
      throw new JournalError('invalid', 'That backup was taken by a newer version of Ownlog, which this one cannot read. Update Ownlog to restore it.');
    }
    from.verify(id);
    const safety = from.take('before-restore');
    let setAside: string[];
    try {
      ({ setAside } = from.restore(id));
    } catch (error) {
      // Part of the files may be back already: the journal as it was a moment ago is in `safety`.
      let putBack = true;
      try {
        from.restore(safety.id);
      } catch {
        putBack = false;
      }
      reloadFromStore(context);
      const why = error instanceof Error ? error.message : String(error);
      throw new JournalError(
        'storage',
        putBack
          ? `${why} Your journal is as it was before you chose to restore.`
          : `${why} Your journal as it was before is in the backup ${safety.id} in ${from.folder}.`,
        { cause: error },
      );
    }
    reloadFromStore(context);
    return { restored, safety, setAside };
  }

  function daily(): { taken: BackupInfo | null; removed: string[] } {
    if (!backups) return { taken: null, removed: [] };
    const today = localDayOf(context.clock.now(), context.clock.timeZone());
    const existing = backups.list();
    if (!dailyBackupDue(existing, today)) return { taken: null, removed: [] };
    const taken = backups.take('daily', dailyBackupId(today));
    const removed = dailyBackupsToRemove([taken, ...existing], context.settings.keepDailyBackups).map((backup) => backup.id);
    backups.removeDaily(removed);
    context.changed();
    return { taken, removed };
  }

  function setKeepDaily(keep: number): BackupList {
    assertWritable(context);
    const settings = Settings.parse({ ...context.settings, keepDailyBackups: keep });
    context.store.saveSettings(settings);
    context.settings = settings;
    context.changed();
    return list();
  }

  return {
    list,
    takeNow() {
      const taken = available().take('manual');
      context.changed();
      return taken;
    },
    restore,
    daily,
    setKeepDaily,
  };
}
