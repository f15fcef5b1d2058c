import { Link } from 'wouter';
import { BLOCKER_BUCKET_LABELS, BLOCKER_BUCKETS } from '../../../shared/ledger/buckets.ts';
import type { BlockerFigures } from '../../../shared/ledger/channels.ts';
import { blockerFigureRoute, raiseBinRoute } from '../../ledger-routes.ts';
import { percent, SharesTable } from './SharesTable.tsx';

/**
 * The two-hour rule: how each blocker decided in the period went, and how long the raised ones
 * were blocked first. Every count links to the blockers behind it.
 */
export function BlockerRule({ figures, period }: { figures: BlockerFigures; period: string }) {
  if (figures.total === 0) return <p className="field-hint">No blocker reached its threshold, was raised or was solved in this period.</p>;
  const most = Math.max(1, ...figures.timeToRaise.map((bin) => bin.count));
  return (
    <>
      <p className="ledger-headline">
        <Link href={blockerFigureRoute(period, 'rule-kept')} className="headline-figure" aria-label={`Rule kept ${percent(figures.ruleKept.rate)}: show those blockers`}>
          {percent(figures.ruleKept.rate)}
        </Link>
        <span>
          rule kept — {figures.ruleKept.count} of {figures.total} blockers raised in time or solved before the threshold
        </span>
      </p>
      <SharesTable
        caption="The two-hour rule, blocker by blocker"
        head="Blocker"
        rows={BLOCKER_BUCKETS.map((bucket) => ({
          key: bucket,
          swatch: `blocker-${bucket}`,
          label: BLOCKER_BUCKET_LABELS[bucket],
          count: figures.counts[bucket],
          rate: figures.rates?.[bucket] ?? null,
          href: blockerFigureRoute(period, bucket),
        }))}
      />
      <h3>Time blocked before raising</h3>
      <ul className="raise-bins" aria-label="Time blocked before raising">
        {figures.timeToRaise.map((bin, index) => (
          <li key={bin.label}>
            <span className="raise-label">{bin.label}</span>
            <span className="raise-bar">
              {/* A width set through the DOM, which the page's CSP allows (unlike style in markup). */}
              <span className="raise-fill" style={{ width: `${String((bin.count / most) * 100)}%` }} />
            </span>
            <Link href={raiseBinRoute(period, index)} className="raise-count" aria-label={`${String(bin.count)} raised after ${bin.label}: show them`}>
              {bin.count}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
