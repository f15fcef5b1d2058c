import { useEffect, useRef, useState } from 'react';
import type { OpenLoop } from '../../shared/loops/open-loops.ts';
import { CaptureLine } from '../components/CaptureLine.tsx';
import { LoopList, type LoopListHandle } from '../components/LoopList.tsx';
import { RunningBlockers } from '../components/blockers/RunningBlockers.tsx';
import { StoreNotices } from '../components/StoreNotices.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { isTyping } from '../keyboard.ts';

/** Home: everything still open, most at risk first, with the capture line above it. */
export function OpenLoops() {
  const loops = useJournalQuery('ownlog:loops-list', {});
  const notices = useJournalQuery('ownlog:journal-notices', {});
  const closeAsDone = useJournalCommand('ownlog:commitment-close-done');
  const captureRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<LoopListHandle>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    captureRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.key === '/' || event.key === 'n') {
        event.preventDefault();
        captureRef.current?.focus();
      } else if ((event.key === 'j' || event.key === 'k') && !(event.target instanceof HTMLLIElement)) {
        event.preventDefault();
        listRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function markDone(loop: OpenLoop) {
    closeAsDone.mutate(
      { id: loop.commitment.id },
      {
        onSuccess: (done) => setStatus(`Done: ${done.title}`),
        onError: (error) => setStatus(error.message),
      },
    );
  }

  const list = loops.data ?? [];
  const overdue = list.filter((loop) => loop.risk === 'overdue').length;
  const dueSoon = list.filter((loop) => loop.risk === 'due-soon').length;

  return (
    <main className="screen">
      <header className="screen-header">
        <h1>
          Open loops <span className="count">{list.length}</span>
        </h1>
        <p className="summary">
          {overdue > 0 && <span className="summary-overdue">{overdue} overdue</span>}
          {dueSoon > 0 && <span className="summary-due-soon">{dueSoon} due soon</span>}
        </p>
      </header>
      <StoreNotices notices={notices.data ?? []} />
      <RunningBlockers />
      <CaptureLine
        inputRef={captureRef}
        onCaptured={(title) => setStatus(`Captured: ${title}`)}
        onLeave={() => (list.length > 0 ? listRef.current?.focus() : captureRef.current?.blur())}
      />
      {loops.isError && (
        <p className="load-error" role="alert">
          {loops.error.message}
        </p>
      )}
      {loops.isSuccess && list.length === 0 ? (
        <section className="empty" aria-label="No open loops">
          <h2>Nothing open</h2>
          {notices.data?.length ? (
            <p>Nothing could be read from the damaged file above. What you capture now is saved as usual.</p>
          ) : (
            <p>Every promise you wrote down is closed. The next time you say “I’ll look into it”, type it above — it stays here until it is honestly done.</p>
          )}
        </section>
      ) : (
        <LoopList ref={listRef} loops={list} onDone={markDone} />
      )}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>/</kbd> capture · <kbd>Esc</kbd> back to the list · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>d</kbd> done · <kbd>b</kbd> start a blocker
      </footer>
      <p className="status" role="status">
        {status}
      </p>
    </main>
  );
}
