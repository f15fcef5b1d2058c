import { useId, useState } from 'react';
import type { BackupInfo } from '../../../shared/data/backup-rules.ts';
import { dailyBackupsToRemove } from '../../../shared/data/backup-rules.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand, useJournalQuery } from '../../journal-query.ts';
import { Dialog } from '../Dialog.tsx';
import { formatDateTime } from '../../format.ts';
import { BACKUP_KIND_LABELS, BACKUP_KIND_PHRASES, errorText, formatBytes } from './data-words.ts';

/**
 * The backups, newest first: what each is, when it was taken and its size, with Restore… on
 * each; how many daily ones are kept; and Back up now.
 */
export function BackupList() {
  const list = useJournalQuery('ownlog:backup-list', {});
  const take = useJournalCommand('ownlog:backup-take');
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [error, setError] = useState('');
  const { announce } = useCommitmentActions();
  const headingId = useId();
  const backups = list.data?.backups ?? [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Backups</h2>
      {list.data && <KeepDaily key={list.data.keepDaily} keep={list.data.keepDaily} backups={backups} />}
      {list.error && <p className="form-error" role="alert">{list.error.message}</p>}
      {list.data && backups.length === 0 ? (
        <p className="empty-note">No backups yet. Ownlog takes the first a few seconds after it starts, then one each day.</p>
      ) : (
        <table className="backup-table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>
                  <time dateTime={backup.takenAt}>{formatDateTime(backup.takenAt)}</time>
                </td>
                <td>
                  {BACKUP_KIND_LABELS[backup.kind]}
                  {backup.kind !== 'daily' && <span className="kept-badge">kept always</span>}
                </td>
                <td>
                  {formatBytes(backup.bytes)} <span className="field-hint">· {backup.files} {backup.files === 1 ? 'file' : 'files'}</span>
                </td>
                <td className="backup-actions">
                  <button type="button" onClick={() => setRestoring(backup)}>
                    Restore…<span className="visually-hidden"> the backup of {formatDateTime(backup.takenAt)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions backup-footer">
        {list.data && (
          <p className="field-hint backup-folder">
            Kept in <code>{list.data.folder}</code>
          </p>
        )}
        <button
          type="button"
          disabled={take.isPending}
          onClick={() => {
            setError('');
            take.mutate({}, { onSuccess: (taken) => announce(`Backed up: ${formatDateTime(taken.takenAt)}, kept until you delete it.`), onError: (failed) => setError(failed.message) });
          }}
        >
          Back up now
        </button>
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  );
}

/** How many daily backups are kept, and what a lower number would remove. */
function KeepDaily({ keep, backups }: { keep: number; backups: BackupInfo[] }) {
  const [draft, setDraft] = useState(String(keep));
  const [error, setError] = useState('');
  const save = useJournalCommand('ownlog:backup-keep-set');
  const { announce } = useCommitmentActions();
  const inputId = useId();
  const hintId = useId();
  const wanted = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(wanted);
  const dropping = valid && wanted >= 1 ? dailyBackupsToRemove(backups, wanted).length : 0;

  return (
    <form
      className="keep-form"
      // The journal's own message says what is wrong, not the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) {
          setError('Give a whole number of daily backups, like 14.');
          return;
        }
        setError('');
        save.mutate({ keepDailyBackups: wanted }, { onSuccess: (saved) => announce(`Ownlog now keeps the newest ${saved.keepDaily} daily backups.`), onError: (failed) => setError(failed.message) });
      }}
    >
      <div className="field field-narrow">
        <label htmlFor={inputId}>Daily backups kept</label>
        <input id={inputId} type="number" min={1} max={365} value={draft} aria-describedby={hintId} aria-invalid={error !== ''} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <button type="submit" disabled={save.isPending || draft === String(keep)}>
        Save
      </button>
      <p id={hintId} className="field-hint keep-hint">
        One backup a day; the newest {keep} are kept. Backups taken before an import, a restore or an update, and those you take yourself, are kept always.
        {dropping > 0 && ` Keeping ${wanted} removes the ${dropping} oldest daily ${dropping === 1 ? 'backup' : 'backups'} when the next one is taken.`}
      </p>
      <p className="form-error keep-error" role="alert">
        {error}
      </p>
    </form>
  );
}

function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const restore = useJournalCommand('ownlog:backup-restore');
  const { announce } = useCommitmentActions();
  const when = formatDateTime(backup.takenAt);
  const submit = () =>
    restore.mutate(
      { id: backup.id },
      {
        onSuccess: ({ safety }) => {
          onClose();
          announce(`Restored the backup of ${when}. Your journal as it was just before is kept as a backup of ${formatDateTime(safety.takenAt)}.`);
        },
      },
    );
  return (
    <Dialog
      title={`Restore the backup of ${when}?`}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={restore.isPending}>
            Restore
          </button>
        </>
      }
    >
      <p className="dialog-lead">
        Your journal goes back to how it was in {BACKUP_KIND_PHRASES[backup.kind]}, on {when}. What changed since leaves the journal but not your disk: Ownlog first backs up your journal as it is now,
        and keeps that backup always, so you can come back to it.
      </p>
      <p className="form-error" role="alert">
        {restore.error ? errorText(restore.error) : ''}
      </p>
    </Dialog>
  );
}
