import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isFiltered } from '../../shared/loops/filter.ts';
import { LIBRARY_ROUTE } from '../../shared/postmortem/steps.ts';
import type { LoopFilter } from '../../shared/loops/open-loops.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { CaptureLine } from '../components/CaptureLine.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { LoopList, type LoopListHandle } from '../components/LoopList.tsx';
import { RunningBlockers } from '../components/blockers/RunningBlockers.tsx';
import { PostmortemDrafts } from '../components/postmortem/PostmortemDrafts.tsx';
import { StartPostmortemDialog } from '../components/postmortem/StartPostmortemDialog.tsx';
import { StoreNotices } from '../components/StoreNotices.tsx';
import { UnsentUpdates } from '../components/UnsentUpdates.tsx';
import { useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';

/** Home: everything still open, most at risk first, with the capture line above it. */
export function OpenLoops() {
  const [filter, setFilter] = useState<LoopFilter>({});
  const view = useJournalQuery('ownlog:loops-list', filter, { keepPrevious: true });
  const notices = useJournalQuery('ownlog:journal-notices', {});
  const actions = useCommitmentActions();
  const [, navigate] = useLocation();
  const captureRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<LoopListHandle>(null);
  const [startingPostmortem, setStartingPostmortem] = useState(false);

  useEffect(() => {
    captureRef.current?.focus();
  }, []);

  useShortcuts({
    '/': () => captureRef.current?.focus(),
    n: () => captureRef.current?.focus(),
    f: () => searchRef.current?.focus(),
    j: () => listRef.current?.focus(),
    k: () => listRef.current?.focus(),
    u: actions.undo,
    c: () => navigate('/closed'),
    i: () => navigate('/checkin'),
    s: () => navigate('/status'),
    p: () => setStartingPostmortem(true),
    P: () => navigate(LIBRARY_ROUTE),
    l: () => navigate('/ledger'),
    ',': () => navigate('/settings'),
  });

  const data = view.data;
  const loops = data?.loops ?? [];
  const counts = data?.counts;
  const filtered = isFiltered(filter);

  return (
    <main className="screen">
      <header className="screen-header">
        <h1>
          Open loops <span className="count">{counts?.total ?? 0}</span>
        </h1>
        <p className="summary">
          {counts && counts.overdue > 0 && <span className="summary-overdue">{counts.overdue} overdue</span>}
          {counts && counts.dueSoon > 0 && <span className="summary-due-soon">{counts.dueSoon} due soon</span>}
          {counts && counts.undecided > 0 && <span className="summary-undecided">{counts.undecided} to decide</span>}
          {counts && counts.aging > 0 && <span className="summary-aging">{counts.aging} aging</span>}
          <Link href="/checkin" className="nav-link">
            Check in <kbd>i</kbd>
          </Link>
          <Link href="/status" className="nav-link">
            Status <kbd>s</kbd>
          </Link>
          <Link href="/closed" className="nav-link">
            Closed <kbd>c</kbd>
          </Link>
          <Link href={LIBRARY_ROUTE} className="nav-link">
            Postmortems <kbd>Shift+P</kbd>
          </Link>
          <Link href="/ledger" className="nav-link">
            Ledger <kbd>l</kbd>
          </Link>
          <Link href="/settings" className="nav-link">
            Settings <kbd>,</kbd>
          </Link>
        </p>
      </header>
      <StoreNotices notices={notices.data ?? []} />
      <RunningBlockers />
      <UnsentUpdates />
      <PostmortemDrafts loops={data?.postmortems ?? []} />
      <CaptureLine inputRef={captureRef} onCaptured={(title) => actions.announce(`Captured: ${title}`)} onLeave={() => (loops.length > 0 ? listRef.current?.focus() : captureRef.current?.blur())} />
      {data && data.counts.total > 0 && <FilterBar filter={filter} onFilter={setFilter} people={data.people} sources={data.sources} searchRef={searchRef} onLeave={() => listRef.current?.focus()} />}
      {view.isError && (
        <p className="load-error" role="alert">
          {view.error.message}
        </p>
      )}
      {data && loops.length === 0 ? (
        filtered ? (
          <section className="empty" aria-label="Nothing matches">
            <h2>Nothing matches</h2>
            <p>No open loop matches this search. Clear the filters to see all {data.counts.total}.</p>
          </section>
        ) : (
          <section className="empty" aria-label="No open loops">
            <h2>Nothing open</h2>
            {notices.data?.length ? (
              <p>Nothing could be read from the damaged file above. What you capture now is saved as usual.</p>
            ) : (
              <p>Every promise you wrote down is closed. The next time you say “I’ll look into it”, type it above — it stays here until it is honestly done.</p>
            )}
          </section>
        )
      ) : (
        <LoopList ref={listRef} loops={loops} onOpen={(loop) => navigate(`/commitment/${loop.commitment.id}`)} />
      )}
      {startingPostmortem && <StartPostmortemDialog onClose={() => setStartingPostmortem(false)} />}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>/</kbd> capture · <kbd>f</kbd> search · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>d</kbd> done · <kbd>r</kbd> renegotiate · <kbd>x</kbd> drop · <kbd>u</kbd> undo · <kbd>b</kbd> blocker · <kbd>Shift+D</kbd> decision · <kbd>p</kbd> postmortem · <kbd>i</kbd> check in · <kbd>s</kbd> status · <kbd>c</kbd> closed · <kbd>Shift+P</kbd> postmortems · <kbd>l</kbd> ledger · <kbd>,</kbd> settings
      </footer>
    </main>
  );
}
