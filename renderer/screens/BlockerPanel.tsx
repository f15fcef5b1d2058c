import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { formatBlockedTime, formatMoment } from '../../shared/blockers/display.ts';
import type { BlockerView } from '../../shared/blockers/view.ts';
import type { Blocker } from '../../shared/domain/blocker.ts';
import { AttemptLog } from '../components/blockers/AttemptLog.tsx';
import { BlockerBadge, ThresholdBar } from '../components/blockers/BlockerBadge.tsx';
import { HelpContext } from '../components/blockers/HelpContext.tsx';
import { HelpRequestDraft, type DraftFormat } from '../components/blockers/HelpRequestDraft.tsx';
import { RaiseForm } from '../components/blockers/RaiseForm.tsx';
import { ResolvedSummary } from '../components/blockers/ResolvedSummary.tsx';
import { ResolveForm } from '../components/blockers/ResolveForm.tsx';
import { BLOCKER_REFRESH_MS } from '../components/blockers/RunningBlockers.tsx';
import { ThresholdField } from '../components/blockers/ThresholdField.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { isTyping, useShortcuts } from '../keyboard.ts';
import '../components/blockers/blockers.css';
import { useCommitmentActions } from '../commitment-actions.tsx';

function clockState(view: BlockerView): string {
  if (view.blocker.status === 'paused') return 'Paused — not counting.';
  if (view.counting) return 'Counting while your machine is awake.';
  return 'Not counting while the machine sleeps or the screen is locked.';
}

function PanelHeader({ view, onThreshold }: { view: BlockerView; onThreshold: (minutes: number) => void }) {
  const { blocker, elapsedMs } = view;
  const loops = useJournalQuery('ownlog:loops-list', {});
  const blocks = loops.data?.loops.find((loop) => loop.commitment.id === blocker.commitmentId)?.commitment.title;
  return (
    <header className="panel-header">
      <BlockerBadge view={view} />
      <h1>{blocker.what}</h1>
      {blocks !== undefined && <p className="panel-blocks">Blocks “{blocks}”</p>}
      <p className="clock">
        <span className="clock-time">{formatBlockedTime(elapsedMs)}</span> blocked of {formatBlockedTime(blocker.thresholdMinutes * 60_000)}
      </p>
      <ThresholdBar view={view} />
      <p className="panel-meta">
        Started <time dateTime={blocker.createdAt}>{formatMoment(blocker.createdAt, { now: new Date(view.readAt), timeZone: view.timeZone })}</time> · {clockState(view)}
      </p>
      <ThresholdField view={view} onSaved={onThreshold} />
    </header>
  );
}

/** One blocker: its clock, the attempt log, the help request, raising and resolving it. */
export function BlockerPanel({ id }: { id: string }) {
  const query = useJournalQuery('ownlog:blocker-get', { id }, { refetchEveryMs: BLOCKER_REFRESH_MS });
  const pause = useJournalCommand('ownlog:blocker-pause');
  const resume = useJournalCommand('ownlog:blocker-resume');
  const copy = useJournalCommand('ownlog:clipboard-write-text');
  const [format, setFormat] = useState<DraftFormat>('markdown');
  // One status line for the whole app: what was done here is said where every screen says it.
  const setStatus = useCommitmentActions().announce;
  const [resolved, setResolved] = useState<Blocker | null>(null);
  const [, navigate] = useLocation();
  const triedRef = useRef<HTMLInputElement>(null);
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const howRef = useRef<HTMLInputElement>(null);
  const view = resolved ? undefined : query.data;
  const report = (error: Error) => setStatus(error.message);

  function togglePause() {
    if (!view) return;
    const command = view.blocker.status === 'paused' ? resume : pause;
    command.mutate({ id }, { onSuccess: (next) => setStatus(next.blocker.status === 'paused' ? 'Paused.' : 'Counting again.'), onError: report });
  }

  function copyDraft() {
    if (!view) return;
    const text = format === 'markdown' ? view.draft.markdown : view.draft.plain;
    copy.mutate({ text }, { onSuccess: () => setStatus(`Copied the help request (${format === 'markdown' ? 'Markdown' : 'plain text'}).`), onError: report });
  }

  useShortcuts({
    Escape: () => navigate('/'),
    p: togglePause,
    a: () => triedRef.current?.focus(),
    e: () => evidenceRef.current?.focus(),
    c: copyDraft,
    r: () => toRef.current?.focus(),
    x: () => howRef.current?.focus(),
  });

  // Esc leaves a field first (saving it), then the panel.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && isTyping(event.target) && event.target instanceof HTMLElement) {
      event.preventDefault();
      event.target.blur();
    }
  }

  return (
    <main className="screen blocker-panel" onKeyDown={onKeyDown}>
      <nav className="panel-nav">
        <Link href="/" className="back">
          ← Open loops
        </Link>
        {view && (
          <button type="button" onClick={togglePause}>
            {view.blocker.status === 'paused' ? 'Resume' : 'Pause'} <kbd>p</kbd>
          </button>
        )}
      </nav>
      {resolved && <ResolvedSummary blocker={resolved} timeZone={query.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone} />}
      {!resolved && query.isError && (
        <section className="empty" role="alert">
          <h2>No open blocker here</h2>
          <p>{query.error.message}</p>
        </section>
      )}
      {view && (
        <>
          <PanelHeader view={view} onThreshold={(minutes) => setStatus(`Raise it after ${formatBlockedTime(minutes * 60_000)}.`)} />
          <RaiseForm view={view} toRef={toRef} onRaised={(to) => setStatus(`Raised with ${to}.`)} />
          <AttemptLog view={view} triedRef={triedRef} onLogged={(tried) => setStatus(`Logged: ${tried}`)} />
          <HelpContext view={view} evidenceRef={evidenceRef} onSaved={(name) => setStatus(`Saved the ${name}.`)} />
          <HelpRequestDraft draft={view.draft} format={format} onFormat={setFormat} onCopy={copyDraft} copying={copy.isPending} />
          <ResolveForm
            blockerId={id}
            howRef={howRef}
            onResolved={(blocker) => {
              setResolved(blocker);
              setStatus('Resolved.');
            }}
          />
        </>
      )}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>Esc</kbd> Open loops
        {view && (
          <>
            {' '}
            · <kbd>p</kbd> pause/resume · <kbd>a</kbd> attempt · <kbd>e</kbd> evidence · <kbd>c</kbd> copy · <kbd>r</kbd> raise · <kbd>x</kbd> resolve
          </>
        )}
      </footer>
    </main>
  );
}
