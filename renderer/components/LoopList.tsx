import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { CommitmentLoop } from '../../shared/loops/open-loops.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { formatDue, formatUntil } from '../format.ts';

export interface LoopListHandle {
  /** Moves the keyboard focus to the current loop (e.g. when Esc leaves the capture line). */
  focus: () => void;
}

interface LoopListProps {
  loops: CommitmentLoop[];
  onOpen: (loop: CommitmentLoop) => void;
  ref?: Ref<LoopListHandle>;
}

export const RISK_LABEL: Record<CommitmentLoop['risk'], string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'scope-undecided': 'To decide',
  aging: 'Aging',
  scheduled: 'Scheduled',
  undated: 'No date',
};

/** About the height of a row with one line of details, before it is measured; 6 px between rows as in the CSS. */
const ROW_ESTIMATE = 64;
const ROW_GAP = 6;

/**
 * The open loops, most at risk first. One row holds the focus at a time (a roving tab stop):
 * j/k or the arrows move it; Enter opens it; d done, r renegotiate, x drop, Delete deletes.
 * Only the rows in and near the window are in the document (TanStack Virtual, over the page's
 * own scroll), so a list of a thousand loops loads, scrolls and moves as fast as one of ten;
 * the rows above and below are held by the list's padding.
 */
export function LoopList({ loops, onOpen, ref }: LoopListProps) {
  const actions = useCommitmentActions();
  const [focused, setFocused] = useState(0);
  const items = useRef(new Map<number, HTMLLIElement>());
  const list = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const current = Math.max(0, Math.min(focused, loops.length - 1));
  const now = new Date();
  const virtualizer = useWindowVirtualizer({
    count: loops.length,
    estimateSize: () => ROW_ESTIMATE,
    gap: ROW_GAP,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => loops[index]?.commitment.id ?? index,
  });
  // Where the list starts in the page moves with what is above it (the capture line, filters).
  // Measured after every render; set only when it moved, so it settles at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose
  useLayoutEffect(() => {
    const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) >= 1) setScrollMargin(top);
  });
  /** The row to focus once it is in the document (after scrolling to it). */
  const focusPending = useRef<number | null>(null);
  function focusRow(index: number) {
    const element = items.current.get(index);
    if (element) {
      focusPending.current = null;
      element.focus();
      return;
    }
    focusPending.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }
  useEffect(() => {
    if (focusPending.current !== null) focusRow(focusPending.current);
  });
  useImperativeHandle(ref, () => ({ focus: () => focusRow(current) }));
  // When the focused row goes (closed with d), the focus stays in the list on the row that took
  // its place, so d d d works through it; it never falls back to the page.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current && document.activeElement === document.body) focusRow(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the list or the current row changes
  }, [loops, current]);

  function move(to: number) {
    const next = Math.max(0, Math.min(loops.length - 1, to));
    setFocused(next);
    if (items.current.has(next)) virtualizer.scrollToIndex(next, { align: 'auto' });
    focusRow(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.target instanceof HTMLButtonElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const loop = loops[current];
    const keys: Record<string, (() => void) | undefined> = {
      j: () => move(current + 1),
      ArrowDown: () => move(current + 1),
      k: () => move(current - 1),
      ArrowUp: () => move(current - 1),
      Home: () => move(0),
      End: () => move(loops.length - 1),
      Enter: loop && (() => onOpen(loop)),
      d: loop && (() => actions.done(loop.commitment)),
      r: loop && (() => actions.renegotiate(loop.commitment)),
      x: loop && (() => actions.drop(loop.commitment)),
      Delete: loop && (() => actions.remove(loop.commitment)),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  }

  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return (
    <ol
      ref={list}
      className="loops"
      aria-label="Open loops"
      style={{ paddingTop: first ? first.start - scrollMargin : 0, paddingBottom: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0 }}
      onKeyDown={onKeyDown}
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(event) => {
        hadFocus.current = event.currentTarget.contains(event.relatedTarget);
      }}
    >
      {rows.map(({ index }) => {
        const loop = loops[index];
        if (!loop) return null;
        const { commitment } = loop;
        const undecided = commitment.scopeChanges.filter((scope) => scope.decision === null).length;
        const checked = commitment.checklist.filter((entry) => entry.checked).length;
        const urgent = loop.risk === 'overdue' || loop.risk === 'due-soon';
        return (
          <li
            key={commitment.id}
            data-index={index}
            ref={(element) => {
              if (element) {
                items.current.set(index, element);
                virtualizer.measureElement(element);
              } else {
                items.current.delete(index);
              }
            }}
            className={`loop loop-${loop.risk}`}
            tabIndex={index === current ? 0 : -1}
            onFocus={() => setFocused(index)}
            aria-label={`${RISK_LABEL[loop.risk]}: ${commitment.title}${commitment.promisedTo ? `, to ${commitment.promisedTo}` : ''}${commitment.due ? `, due ${formatDue(commitment.due, now)}` : ''}`}
          >
            <span className={`risk risk-${loop.risk}`}>{RISK_LABEL[loop.risk]}</span>
            <button type="button" className="loop-title" tabIndex={-1} onClick={() => onOpen(loop)}>
              {commitment.title}
            </button>
            <span className="loop-meta">
              {commitment.promisedTo && <span className="loop-person">to {commitment.promisedTo}</span>}
              {commitment.due && (
                <time className="loop-due" dateTime={commitment.due} title={formatUntil(commitment.due, now)}>
                  {formatDue(commitment.due, now)}
                </time>
              )}
              {commitment.due && urgent && <span className={`loop-relative loop-relative-${loop.risk}`}>{formatUntil(commitment.due, now)}</span>}
              {commitment.source && <span className="loop-source">#{commitment.source}</span>}
              {undecided > 0 && <span className="loop-scope">{undecided === 1 ? '1 scope change to decide' : `${String(undecided)} scope changes to decide`}</span>}
              {commitment.checklist.length > 0 && (
                <span className="loop-checklist">
                  shipped {checked}/{commitment.checklist.length}
                </span>
              )}
            </span>
            <span className="loop-actions">
              {urgent && (
                <button type="button" tabIndex={-1} onClick={() => actions.renegotiate(commitment)} title="Renegotiate (r)">
                  Renegotiate
                </button>
              )}
              <button type="button" tabIndex={-1} className="loop-done" onClick={() => actions.done(commitment)} aria-label={`Mark “${commitment.title}” done`} title="Done (d)">
                Done
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
