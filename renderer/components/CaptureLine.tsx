import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { CapturePartKind } from '../../shared/capture/parse-capture.ts';
import { formatDue, formatUntil } from '../format.ts';
import { JournalRequestError, request, useJournalCommand } from '../journal-query.ts';
import { CopyButton } from './CopyButton.tsx';

interface CaptureLineProps {
  inputRef: Ref<HTMLInputElement>;
  /** Called after a commitment is saved, e.g. to announce it. */
  onCaptured: (title: string) => void;
  /** Esc: the user is done typing and goes back to the list. */
  onLeave: () => void;
}

const PART_KEYS: Record<CapturePartKind, { key: string; label: string; none: string }> = {
  due: { key: 'd', label: 'date', none: 'no date' },
  promisedTo: { key: 'p', label: 'person', none: 'no person' },
  source: { key: 's', label: 'source', none: 'no source' },
};

/**
 * One line for a promise: "Send rollout plan to Priya by Thu 3pm". What the journal
 * understood is shown under it as the user types, each part with a way to take it back
 * (so "monthly report" is never a date). Enter saves, Esc leaves the line.
 */
export function CaptureLine({ inputRef, onCaptured, onLeave }: CaptureLineProps) {
  const [line, setLine] = useState('');
  const [ignore, setIgnore] = useState<CapturePartKind[]>([]);
  const [takeOnAnyway, setTakeOnAnyway] = useState(false);
  const id = useId();
  const capture = useJournalCommand('ownlog:commitment-capture');
  const deferredLine = useDeferredValue(line);
  const preview = useQuery({
    queryKey: ['ownlog:commitment-preview', deferredLine, ignore],
    queryFn: () => request('ownlog:commitment-preview', { line: deferredLine, ignore }),
    enabled: deferredLine.trim() !== '',
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

  function toggle(kind: CapturePartKind) {
    setIgnore((current) => (current.includes(kind) ? current.filter((other) => other !== kind) : [...current, kind]));
  }

  function save() {
    if (capture.isPending) return;
    capture.mutate(
      { line, ignore, takeOnAnyway },
      {
        onSuccess: (commitment) => {
          setLine('');
          setIgnore([]);
          setTakeOnAnyway(false);
          onCaptured(commitment.title);
        },
        onError: (error) => {
          // Over capacity: the next Enter is the user choosing to take it on anyway.
          if (error instanceof JournalRequestError && error.error.code === 'conflict') setTakeOnAnyway(true);
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const part = event.altKey && !event.ctrlKey && !event.metaKey ? (Object.keys(PART_KEYS) as CapturePartKind[]).find((kind) => PART_KEYS[kind].key === event.key.toLowerCase()) : undefined;
    if (part) {
      event.preventDefault();
      toggle(part);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
    }
  }

  const typed = line.trim() !== '';
  const understood = typed ? preview.data : undefined;
  const parsed = understood?.parsed;
  const over = understood?.overCapacity ?? null;
  const now = new Date();
  const error = capture.error;
  const overError = error instanceof JournalRequestError && error.error.code === 'conflict';

  return (
    <div className="capture">
      <label className="capture-label" htmlFor={`${id}-input`}>
        What did you promise?
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        className="capture-input"
        type="text"
        value={line}
        placeholder="Send rollout plan to Priya by Thu 3pm #meeting"
        autoComplete="off"
        spellCheck
        aria-describedby={`${id}-preview ${id}-error`}
        aria-invalid={error !== null && !overError}
        onChange={(event) => {
          setLine(event.target.value);
          if (event.target.value.trim() === '') setIgnore([]);
          if (capture.isError && !overError) capture.reset();
        }}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-preview`} className="capture-preview" aria-live="polite">
        {parsed && (
          <>
            <span className="chip chip-title">{parsed.title || 'No title yet'}</span>
            {parsed.due && !ignore.includes('due') && (
              <Part kind="due" className={`chip-due${parsed.due < now.toISOString() ? ' chip-warning' : ''}`} onRemove={toggle}>
                {formatDue(parsed.due, now)} · {parsed.due < now.toISOString() ? `already past (${formatUntil(parsed.due, now)})` : formatUntil(parsed.due, now)}
              </Part>
            )}
            {parsed.promisedTo && !ignore.includes('promisedTo') && (
              <Part kind="promisedTo" className="chip-person" onRemove={toggle}>
                to {parsed.promisedTo}
              </Part>
            )}
            {parsed.source && !ignore.includes('source') && (
              <Part kind="source" className="chip-source" onRemove={toggle}>
                #{parsed.source}
              </Part>
            )}
            {ignore.map((kind) => (
              <button key={kind} type="button" className="chip chip-ignored" onClick={() => toggle(kind)} title={`Read the ${PART_KEYS[kind].label} again (Alt+${PART_KEYS[kind].key.toUpperCase()})`}>
                {PART_KEYS[kind].none} ↺
              </button>
            ))}
            <span className="capture-hint">Enter to save · Esc to leave</span>
          </>
        )}
      </div>
      {typed && over && (
        <div className="overcommit" role="note" aria-label="Over capacity">
          <p>
            <strong>
              That makes {over.load + 1} due in the next {over.withinWorkdays} workdays — your capacity is {over.capacity}.
            </strong>{' '}
            {takeOnAnyway ? 'Press Enter again to take it on anyway; that choice is recorded.' : 'Before saying yes, consider saying:'}
          </p>
          <div className="overcommit-reply-row">
            <blockquote className="overcommit-reply">{over.reply}</blockquote>
            <CopyButton text={over.reply} label="Copy reply" what="the reply" />
          </div>
        </div>
      )}
      <p id={`${id}-error`} className="capture-error" role="alert">
        {error && !overError ? error.message : ''}
      </p>
    </div>
  );
}

function Part({ kind, className, onRemove, children }: { kind: CapturePartKind; className: string; onRemove: (kind: CapturePartKind) => void; children: React.ReactNode }) {
  const { key, label } = PART_KEYS[kind];
  return (
    <span className={`chip ${className}`}>
      {children}
      <button type="button" className="chip-remove" onClick={() => onRemove(kind)} aria-label={`Not a ${label} — keep it in the title (Alt+${key.toUpperCase()})`} title={`Not a ${label} (Alt+${key.toUpperCase()})`}>
        ×
      </button>
    </span>
  );
}
