import { useId, useState, type SubmitEvent, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { blockerPanelRoute } from '../../../shared/blockers/route.ts';
import { useJournalCommand, useJournalQuery } from '../../journal-query.ts';

interface StartBlockerFormProps {
  defaultThresholdMinutes: number;
  onCancel: () => void;
  /** Instead of opening the blocker's panel (the small capture window only says it started). */
  onStarted?: (what: string) => void;
}

/**
 * What is blocked — in the user's words, or one of their open commitments — and when to raise
 * it. Enter starts the clock and opens the blocker's panel; Esc leaves without starting.
 */
export function StartBlockerForm({ defaultThresholdMinutes, onCancel, onStarted }: StartBlockerFormProps) {
  const id = useId();
  const [what, setWhat] = useState('');
  const [commitmentId, setCommitmentId] = useState('');
  const [minutes, setMinutes] = useState(String(defaultThresholdMinutes));
  const loops = useJournalQuery('ownlog:loops-list', {});
  const start = useJournalCommand('ownlog:blocker-start');
  const [, navigate] = useLocation();
  const commitments = (loops.data?.loops ?? []).map((loop) => loop.commitment);
  const chosen = commitments.find((commitment) => commitment.id === commitmentId);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (start.isPending) return;
    start.mutate(
      {
        what: what.trim() === '' && chosen ? chosen.title : what,
        commitmentId: chosen ? chosen.id : null,
        thresholdMinutes: Number(minutes),
      },
      { onSuccess: (view) => (onStarted ? onStarted(view.blocker.what) : navigate(blockerPanelRoute(view.blocker.id))) },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    // noValidate: the journal's own message is shown next to the form, not the browser's bubble.
    <form className="blocker-start-form" aria-label="Start a blocker" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-what`}>What are you stuck on?</label>
      <input
        id={`${id}-what`}
        type="text"
        value={what}
        placeholder="e.g. CI cannot pull the base image since the registry move"
        autoComplete="off"
        autoFocus
        aria-invalid={start.isError}
        aria-describedby={`${id}-error`}
        onChange={(event) => {
          setWhat(event.target.value);
          if (start.isError) start.reset();
        }}
      />
      <div className="blocker-start-row">
        <label>
          It blocks
          <select value={commitmentId} onChange={(event) => setCommitmentId(event.target.value)}>
            <option value="">no commitment in particular</option>
            {commitments.map((commitment) => (
              <option key={commitment.id} value={commitment.id}>
                {commitment.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Raise it after
          <input className="minutes-input" type="number" min={1} step={1} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          minutes
        </label>
      </div>
      <p id={`${id}-error`} className="form-error" role="alert">
        {start.error?.message}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={start.isPending}>
          Start the clock
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="field-hint">Enter starts · Esc cancels</span>
      </div>
    </form>
  );
}
