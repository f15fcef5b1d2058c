import { useState } from 'react';
import { Link } from 'wouter';
import { formatBlockedTime, formatMoment } from '../../../shared/blockers/display.ts';
import type { Blocker } from '../../../shared/domain/blocker.ts';
import { StartPostmortemDialog } from '../postmortem/StartPostmortemDialog.tsx';

/** What a resolved blocker comes to: how long it blocked, whether it was raised, how it ended. */
export function ResolvedSummary({ blocker, timeZone }: { blocker: Blocker; timeZone: string }) {
  const { resolution, raised } = blocker;
  const [startingPostmortem, setStartingPostmortem] = useState(false);
  if (!resolution) return null;
  const when = (iso: string) => formatMoment(iso, { now: new Date(resolution.at), timeZone });
  return (
    <section className="resolved" aria-labelledby="resolved-title">
      <span className="blocker-badge blocker-badge-resolved">Resolved</span>
      <h1 id="resolved-title">{blocker.what}</h1>
      <dl className="resolved-facts">
        <dt>Blocked</dt>
        <dd>
          {formatBlockedTime(resolution.blockedMs)}, from <time dateTime={blocker.createdAt}>{when(blocker.createdAt)}</time> to{' '}
          <time dateTime={resolution.at}>{when(resolution.at)}</time>
        </dd>
        <dt>Raised</dt>
        <dd>{raised ? `with ${raised.to} after ${formatBlockedTime(raised.blockedMs)}` : 'not raised'}</dd>
        <dt>How</dt>
        <dd>{resolution.how}</dd>
        {resolution.lesson !== null && (
          <>
            <dt>Lesson</dt>
            <dd>{resolution.lesson}</dd>
          </>
        )}
      </dl>
      <p className="resolved-actions">
        <Link href="/" className="button">
          Back to Open loops
        </Link>
        <button type="button" onClick={() => setStartingPostmortem(true)}>
          Start a postmortem…
        </button>
      </p>
      {startingPostmortem && <StartPostmortemDialog onClose={() => setStartingPostmortem(false)} title={blocker.what} happenedAt={blocker.createdAt} origin={{ kind: 'blocker', id: blocker.id }} />}
    </section>
  );
}
