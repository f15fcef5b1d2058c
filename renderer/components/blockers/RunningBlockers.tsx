import { useState } from 'react';
import { Link } from 'wouter';
import { formatBlockedTime, formatMoment } from '../../../shared/blockers/display.ts';
import { blockerPanelRoute } from '../../../shared/blockers/route.ts';
import type { BlockerView } from '../../../shared/blockers/view.ts';
import { useJournalQuery } from '../../journal-query.ts';
import { useShortcuts } from '../../keyboard.ts';
import { BlockerBadge, stateOf, ThresholdBar } from './BlockerBadge.tsx';
import { StartBlockerForm } from './StartBlockerForm.tsx';
import './blockers.css';

/** How often the page asks the journal again for blocked times, between its change events. */
export const BLOCKER_REFRESH_MS = 30_000;

function RunningBlocker({ view }: { view: BlockerView }) {
  const { blocker, elapsedMs, shouldRaise } = view;
  const started = formatMoment(blocker.createdAt, { now: new Date(view.readAt), timeZone: view.timeZone });
  return (
    <li>
      <Link
        href={blockerPanelRoute(blocker.id)}
        className={`blocker-item blocker-item-${stateOf(view)}`}
      >
        <BlockerBadge view={view} />
        <span className="blocker-what">{blocker.what}</span>
        <span className="blocker-time">
          <strong>{formatBlockedTime(elapsedMs)}</strong> of {formatBlockedTime(blocker.thresholdMinutes * 60_000)}
        </span>
        <span className="blocker-meta">
          since <time dateTime={blocker.createdAt}>{started}</time>
          {shouldRaise && <span className="blocker-ask"> · raise it now?</span>}
        </span>
        <ThresholdBar view={view} />
      </Link>
    </li>
  );
}

/**
 * Open blockers, pinned above the open loops: those past their threshold first. `b` starts a
 * new one here; each opens its panel.
 */
export function RunningBlockers() {
  const list = useJournalQuery('ownlog:blocker-list', {}, { refetchEveryMs: BLOCKER_REFRESH_MS });
  const [starting, setStarting] = useState(false);
  useShortcuts({ b: () => setStarting(true) });
  const views = list.data?.blockers ?? [];

  return (
    <section className="blockers" aria-labelledby="blockers-title">
      <h2 id="blockers-title" className={views.length > 0 || starting ? 'section-title' : 'visually-hidden'}>
        Blockers {views.length > 0 && <span className="count">{views.length}</span>}
      </h2>
      {views.length > 0 && (
        <ol className="blocker-list">
          {views.map((view) => (
            <RunningBlocker key={view.blocker.id} view={view} />
          ))}
        </ol>
      )}
      {list.isError && (
        <p className="load-error" role="alert">
          {list.error.message}
        </p>
      )}
      {starting ? (
        <StartBlockerForm defaultThresholdMinutes={list.data?.defaultThresholdMinutes ?? 120} onCancel={() => setStarting(false)} />
      ) : (
        <p className="blocker-empty">
          <button type="button" onClick={() => setStarting(true)}>
            Start a blocker <kbd>b</kbd>
          </button>
          {views.length === 0 && <span>Stuck? Start its clock: past {formatBlockedTime((list.data?.defaultThresholdMinutes ?? 120) * 60_000)}, Ownlog asks you to raise it.</span>}
        </p>
      )}
    </section>
  );
}
