import { useId, useState } from 'react';
import type { ImportCheck, ImportSummary } from '../../shared/data/channels.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { useJournalCommand } from '../journal-query.ts';
import { formatDateTime } from '../format.ts';
import { BackupList } from './data/BackupList.tsx';
import { ImportProblemsView, ImportSummaryView } from './data/ImportReview.tsx';
import './data/data.css';

type Review = { kind: 'summary'; summary: ImportSummary } | { kind: 'problems'; problems: Extract<ImportCheck, { ok: false }> } | null;

/**
 * Your data: export everything to one file, import one (checked whole, summarised, and only
 * then applied, after a backup), and the backups with their rotation and Restore…. Shown on
 * its own screen and in settings.
 */
export function DataPanel() {
  const exportSave = useJournalCommand('ownlog:data-export-save');
  const choose = useJournalCommand('ownlog:data-import-choose');
  const apply = useJournalCommand('ownlog:data-import-apply');
  const cancel = useJournalCommand('ownlog:data-import-cancel');
  const [review, setReview] = useState<Review>(null);
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState('');
  const { announce } = useCommitmentActions();
  const headingId = useId();

  const tell = (message: string) => {
    setOutcome(message);
    announce(message);
  };

  function startImport() {
    setError('');
    setOutcome('');
    choose.mutate(
      {},
      {
        onSuccess: (answer) => {
          if (!answer.chosen) return;
          setReview(answer.check.ok ? { kind: 'summary', summary: answer.check.summary } : { kind: 'problems', problems: answer.check });
        },
        onError: (failed) => setError(failed.message),
      },
    );
  }

  function confirmImport(summary: ImportSummary, replaceSettings: boolean) {
    apply.mutate(
      { token: summary.token, replaceSettings },
      {
        onSuccess: (applied) => {
          setReview(null);
          const settings = applied.settingsReplaced ? ' Your settings are now the file’s.' : '';
          tell(`Imported ${summary.fileName}: ${applied.added.toLocaleString()} added, ${applied.replaced.toLocaleString()} replaced.${settings} Your journal as it was before is kept as a backup of ${formatDateTime(applied.backup.takenAt)}.`);
        },
      },
    );
  }

  function closeReview(summary: ImportSummary | null) {
    if (summary) cancel.mutate({ token: summary.token });
    setReview(null);
    apply.reset();
  }

  return (
    <div className="data-panel">
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>Export and import</h2>
        <p className="field-hint data-lead">One JSON file with every commitment, blocker, check-in, decision and update — open and closed — and your settings.</p>
        <div className="data-actions">
          <button
            type="button"
            className="primary"
            disabled={exportSave.isPending}
            onClick={() => {
              setError('');
              exportSave.mutate(
                {},
                {
                  onSuccess: (saved) => {
                    if (saved.saved) tell(`Exported ${saved.records.toLocaleString()} ${saved.records === 1 ? 'record' : 'records'} to ${saved.path ?? ''}`);
                  },
                  onError: (failed) => setError(failed.message),
                },
              );
            }}
          >
            Export everything…
          </button>
          <button type="button" disabled={choose.isPending || review?.kind === 'summary'} onClick={startImport}>
            Import…
          </button>
        </div>
        <p className="form-error" role="alert">
          {error}
        </p>
        {/* Shown where the user looks; screen readers hear it once, from the status line. */}
        <p className="data-outcome">{outcome}</p>
        {review?.kind === 'summary' && (
          <ImportSummaryView
            key={review.summary.token}
            summary={review.summary}
            busy={apply.isPending}
            error={apply.error?.message ?? ''}
            onConfirm={(replaceSettings) => confirmImport(review.summary, replaceSettings)}
            onCancel={() => closeReview(review.summary)}
          />
        )}
        {review?.kind === 'problems' && <ImportProblemsView problems={review.problems} onClose={() => closeReview(null)} />}
      </section>
      <BackupList />
    </div>
  );
}
