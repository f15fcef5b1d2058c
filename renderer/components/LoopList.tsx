import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { OpenLoop } from '../../shared/loops/open-loops.ts';
import { formatDue, formatUntil } from '../format.ts';

export interface LoopListHandle {
  /** Moves the keyboard focus to the current loop (e.g. when Esc leaves the capture line). */
  focus(): void;
}

interface LoopListProps {
  loops: OpenLoop[];
  onDone: (loop: OpenLoop) => void;
  ref?: Ref<LoopListHandle>;
}

const RISK_LABEL: Record<OpenLoop['risk'], string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  scheduled: 'Scheduled',
  undated: 'No date',
};

/**
 * The open loops, most at risk first. One item holds the focus at a time (a roving tab stop):
 * j/k or the arrows move it, d marks the focused loop done.
 */
export function LoopList({ loops, onDone, ref }: LoopListProps) {
  const [focused, setFocused] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const current = Math.max(0, Math.min(focused, loops.length - 1));
  const now = new Date();
  useImperativeHandle(ref, () => ({ focus: () => items.current[current]?.focus() }), [current]);

  function move(to: number) {
    const next = Math.max(0, Math.min(loops.length - 1, to));
    setFocused(next);
    items.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.target instanceof HTMLButtonElement && event.key === 'Enter') return;
    const loop = loops[current];
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'k':
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(loops.length - 1);
        break;
      case 'd':
        if (loop) onDone(loop);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <ol className="loops" aria-label="Open loops" onKeyDown={onKeyDown}>
      {loops.map((loop, index) => {
        const { commitment } = loop;
        return (
          <li
            key={commitment.id}
            ref={(element) => {
              items.current[index] = element;
            }}
            className={`loop loop-${loop.risk}`}
            tabIndex={index === current ? 0 : -1}
            onFocus={() => setFocused(index)}
            aria-label={`${commitment.title}${commitment.promisedTo ? `, to ${commitment.promisedTo}` : ''}${commitment.due ? `, due ${formatDue(commitment.due, now)}` : ''}`}
          >
            <span className={`risk risk-${loop.risk}`}>{RISK_LABEL[loop.risk]}</span>
            <span className="loop-title">{commitment.title}</span>
            <span className="loop-meta">
              {commitment.promisedTo && <span className="loop-person">to {commitment.promisedTo}</span>}
              {commitment.due && (
                <time className="loop-due" dateTime={commitment.due} title={formatUntil(commitment.due, now)}>
                  {formatDue(commitment.due, now)}
                </time>
              )}
              {commitment.due && (loop.risk === 'overdue' || loop.risk === 'due-soon') && (
                <span className={`loop-relative loop-relative-${loop.risk}`}>{formatUntil(commitment.due, now)}</span>
              )}
            </span>
            <button type="button" className="loop-done" tabIndex={-1} onClick={() => onDone(loop)} aria-label={`Mark “${commitment.title}” done`}>
              Done
            </button>
          </li>
        );
      })}
    </ol>
  );
}
