import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { formatDue, formatUntil } from '../format.ts';
import { request, useJournalCommand } from '../journal-query.ts';

interface CaptureLineProps {
  inputRef: Ref<HTMLInputElement>;
  /** Called after a commitment is saved, e.g. to announce it. */
  onCaptured: (title: string) => void;
  /** Esc: the user is done typing and goes back to the list. */
  onLeave: () => void;
}

/**
 * One line for a promise: "Send rollout plan to Priya by Thu 3pm". What the journal
 * understood is shown under it as the user types; Enter saves, Esc leaves the line.
 */
export function CaptureLine({ inputRef, onCaptured, onLeave }: CaptureLineProps) {
  const [line, setLine] = useState('');
  const previewId = useId();
  const errorId = useId();
  const capture = useJournalCommand('ownlog:commitment-capture');
  const deferredLine = useDeferredValue(line);
  const preview = useQuery({
    queryKey: ['ownlog:commitment-preview', deferredLine],
    queryFn: () => request('ownlog:commitment-preview', { line: deferredLine }),
    enabled: deferredLine.trim() !== '',
    staleTime: 0,
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (capture.isPending) return;
      capture.mutate(
        { line },
        {
          onSuccess: (commitment) => {
            setLine('');
            onCaptured(commitment.title);
          },
        },
      );
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
    }
  }

  const understood = line.trim() !== '' ? preview.data : undefined;
  const now = new Date();
  const error = capture.error?.message;

  return (
    <div className="capture">
      <label className="capture-label" htmlFor={`${previewId}-input`}>
        What did you promise?
      </label>
      <input
        id={`${previewId}-input`}
        ref={inputRef}
        className="capture-input"
        type="text"
        value={line}
        placeholder="Send rollout plan to Priya by Thu 3pm"
        autoComplete="off"
        spellCheck
        aria-describedby={`${previewId} ${errorId}`}
        aria-invalid={error !== undefined}
        onChange={(event) => {
          setLine(event.target.value);
          if (capture.isError) capture.reset();
        }}
        onKeyDown={onKeyDown}
      />
      <div id={previewId} className="capture-preview" aria-live="polite">
        {understood && (
          <>
            <span className="chip chip-title">{understood.title || 'No title yet'}</span>
            {understood.due && (
              <span className={`chip chip-due${understood.due < now.toISOString() ? ' chip-warning' : ''}`}>
                {formatDue(understood.due, now)} · {formatUntil(understood.due, now)}
              </span>
            )}
            {understood.promisedTo && <span className="chip chip-person">to {understood.promisedTo}</span>}
            <span className="capture-hint">Enter to save · Esc to leave</span>
          </>
        )}
      </div>
      <p id={errorId} className="capture-error" role="alert">
        {error}
      </p>
    </div>
  );
}
