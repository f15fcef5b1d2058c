import type { HandlersFor } from '../ipc/channel.ts';
import type { BackupCommands } from './backup-commands.ts';
import type { dataChannels } from './channels.ts';
import type { TransferCommands } from './transfer.ts';

/** What the shell and the journal's composition see of the data area. */
export type DataCommands = TransferCommands & { readonly backups: BackupCommands };

export function dataHandlers(data: DataCommands): HandlersFor<typeof dataChannels> {
  return {
    'ownlog:data-import-apply': ({ token, replaceSettings }) => data.applyImport(token, replaceSettings),
    'ownlog:data-import-cancel': ({ token }) => {
      data.cancelImport(token);
      return {};
    },
    'ownlog:backup-list': () => data.backups.list(),
    'ownlog:backup-take': () => data.backups.takeNow(),
    'ownlog:backup-restore': ({ id }) => data.backups.restore(id),
    'ownlog:backup-keep-set': ({ keepDailyBackups }) => data.backups.setKeepDaily(keepDailyBackups),
  };
}
