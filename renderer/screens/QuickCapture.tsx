import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { CaptureLine } from '../components/CaptureLine.tsx';
import { StartBlockerForm } from '../components/blockers/StartBlockerForm.tsx';
import { request, useJournalQuery } from '../journal-query.ts';
import '../components/settings/settings.css';
import '../components/blockers/blockers.css';

/** Hide the window and give the focus back to the app the user came from. */
function done() {
  void request('ownlog:capture-window-done', {});
}

/**
 * The small capture window (`#/capture`, or `#/capture/blocker` from the tray's "Start
 * blocker…"): the same line and preview as Open loops. Enter saves and goes back to where the
 * user was; Esc goes back without saving.
 */
export function QuickCapture() {
  const { kind } = useParams<{ kind?: string }>();
  const blocker = kind === 'blocker';
  const { announce } = useCommitmentActions();
  const inputRef = useRef<HTMLInputElement>(null);
  // A fresh blocker form after each start; a cancelled one keeps what was typed, like the line.
  const [started, setStarted] = useState(0);
  const settings = useJournalQuery('ownlog:settings-get', {});

  useEffect(() => {
    // Shown again: the first field takes the keys, its text selected to type over or keep.
    const focus = () => {
      const first = inputRef.current ?? document.querySelector<HTMLInputElement>('.quick-capture input');
      first?.focus();
      first?.select();
    };
    focus();
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) done();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <main className="screen quick-capture">
      <h1 className="visually-hidden">{blocker ? 'Start a blocker' : 'Capture a promise'}</h1>
      {blocker ? (
        <StartBlockerForm
          key={started}
          defaultThresholdMinutes={settings.data?.blockerThresholdMinutes ?? 120}
          onCancel={done}
          onStarted={(what) => {
            announce(`Blocker started: ${what}`);
            setStarted((count) => count + 1);
            done();
          }}
        />
      ) : (
        <CaptureLine
          inputRef={inputRef}
          onCaptured={(title) => {
            announce(`Captured: ${title}`);
            done();
          }}
          onLeave={done}
        />
      )}
      <p className="quick-capture-switch">
        {blocker ? <Link href="/capture" className="nav-link">Capture a promise instead</Link> : <Link href="/capture/blocker" className="nav-link">Stuck? Start a blocker instead</Link>}
      </p>
    </main>
  );
}
