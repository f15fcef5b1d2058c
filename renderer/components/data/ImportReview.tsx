import { useEffect, useId, useRef, useState } from 'react';
import type { ImportCheck, ImportSummary } from '../../../shared/data/channels.ts';
import { formatDateTime } from '../../format.ts';
import { countOf, kindWord, settingWords } from './data-words.ts';

type Problems = Extract<ImportCheck, { ok: false }>;

/** Moves the focus to a heading when it appears, so the keyboard and screen readers are where the news is. */
function useFocusOnShow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/**
 * What an import would do, for the user to confirm: records added, records replaced (named),
 * records already there, and the settings it would change. Nothing is written until Import.
 */
export function ImportSummaryView({ summary, busy, error, onConfirm, onCancel }: { summary: ImportSummary; busy: boolean; error: string; onConfirm: (replaceSettings: boolean) => void; onCancel: () => void }) {
  const [replaceSettings, setReplaceSettings] = useState(true);
  const headingId = useId();
  const settingsId = useId();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const nothingToDo = summary.addedCount === 0 && summary.replacedCount === 0 && summary.settingsChanged.length === 0;
  const more = summary.replacedCount - summary.replaced.length;

  return (
    <section className="import-review" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Import {summary.fileName}?
      </h3>
      <p className="field-hint">
        Exported {formatDateTime(summary.exportedAt)} · {countOf('record', summary.records)}
      </p>
      <ul className="import-effects">
        <li>
          <strong>{summary.addedCount.toLocaleString()}</strong> new {summary.addedCount === 1 ? 'record' : 'records'} will be added
          {summary.added.length > 0 && ` (${summary.added.map(({ kind, count }) => countOf(kind, count)).join(', ')})`}.
        </li>
        <li>
          <strong>{summary.replacedCount.toLocaleString()}</strong> {summary.replacedCount === 1 ? 'record' : 'records'} in your journal will be replaced by the file’s version
          {summary.replacedCount > 0 ? ':' : '.'}
          {summary.replacedCount > 0 && (
            <ul className="import-replaced">
              {summary.replaced.map((record) => (
                <li key={record.id}>
                  {record.label}
                  {record.fileLabel !== null && <span className="replaced-to"> → {record.fileLabel}</span>} <span className="field-hint">({record.open ? 'open' : 'closed'} {kindWord(record.kind)})</span>
                </li>
              ))}
              {more > 0 && <li>and {more.toLocaleString()} more</li>}
            </ul>
          )}
        </li>
        <li>
          <strong>{summary.sameCount.toLocaleString()}</strong> {summary.sameCount === 1 ? 'record is' : 'records are'} already in your journal exactly as in the file.
        </li>
        <li>Records in your journal that are not in the file stay as they are.</li>
      </ul>
      {summary.settingsChanged.length > 0 ? (
        <div className="check-field">
          <input id={settingsId} type="checkbox" checked={replaceSettings} onChange={(event) => setReplaceSettings(event.target.checked)} />
          <label htmlFor={settingsId}>
            Also take the file’s settings ({summary.settingsChanged.length === 1 ? 'one differs from yours' : `${summary.settingsChanged.length} differ from yours`}: {summary.settingsChanged.map(settingWords).join(', ')})
          </label>
        </div>
      ) : (
        <p>Your settings are the same as the file’s.</p>
      )}
      <p className="field-hint">{nothingToDo ? 'Nothing to import: your journal already has everything in this file.' : 'Ownlog backs up your journal first, and keeps that backup always.'}</p>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {nothingToDo ? 'Close' : 'Cancel'}
        </button>
        {!nothingToDo && (
          <button type="button" className="primary" disabled={busy} onClick={() => onConfirm(replaceSettings)}>
            Import
          </button>
        )}
      </div>
    </section>
  );
}

/** Why a file cannot be imported: every problem with its path in the file. */
export function ImportProblemsView({ problems, onClose }: { problems: Problems; onClose: () => void }) {
  const headingId = useId();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const listed = problems.problems.length;
  return (
    <section className="import-problems" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {problems.fileName} cannot be imported
      </h3>
      <p>
        Nothing was changed.{' '}
        {problems.problemCount === 1
          ? 'Ownlog found this problem:'
          : `Ownlog found ${problems.problemCount.toLocaleString()} problems${problems.problemCount > listed ? `; here are the first ${listed.toLocaleString()}` : ''}:`}
      </p>
      <ol className="problem-list">
        {problems.problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            {problem.path !== '' && (
              <>
                <code>{problem.path}</code>:{' '}
              </>
            )}
            {problem.message}
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
