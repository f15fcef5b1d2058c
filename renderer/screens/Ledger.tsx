import { lazy, Suspense, useRef } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { DEFAULT_PRESET } from '../../shared/ledger/periods.ts';
import { BUCKET_LABELS, BUCKETS } from '../../shared/ledger/buckets.ts';
import { BlockerRule } from '../components/ledger/BlockerRule.tsx';
import { EndingsTable } from '../components/ledger/EndingsTable.tsx';
import { GroupTable } from '../components/ledger/GroupTable.tsx';
import { PeriodPicker } from '../components/ledger/PeriodPicker.tsx';
import { RecordHeader } from '../components/ledger/RecordHeader.tsx';
import { percent } from '../components/ledger/SharesTable.tsx';
import { TrendTable } from '../components/ledger/TrendTable.tsx';
import { useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import { figureRoute, ledgerRoute } from '../ledger-routes.ts';
import '../components/ledger/ledger.css';

// The chart library is loaded with the chart, not with the app: Open loops starts without it.
const TrendChart = lazy(() => import('../components/ledger/TrendChart.tsx').then((module) => ({ default: module.TrendChart })));

/**
 * The promise ledger: how the promises decided in a period ended, overall, per person and per
 * source; the trend over six months; the two-hour rule; postmortem action items. Every figure
 * links to the records behind it.
 */
export function Ledger() {
  const { period = DEFAULT_PRESET } = useParams<{ period?: string }>();
  const [, navigate] = useLocation();
  const periodRef = useRef<HTMLSelectElement>(null);
  const view = useJournalQuery('ownlog:ledger-view', { period });
  const trend = useJournalQuery('ownlog:ledger-trend', {});
  useShortcuts({ Escape: () => navigate('/'), b: () => navigate('/brag'), g: () => navigate('/repositories'), p: () => periodRef.current?.focus() });

  const data = view.data;
  return (
    <main className="screen ledger-screen">
      <RecordHeader current="ledger" />
      <PeriodPicker key={period} period={period} onPeriod={(key) => navigate(ledgerRoute(key))} selectRef={periodRef} />
      {view.isError && (
        <p className="load-error" role="alert">
          {view.error.message}
        </p>
      )}
      {data && (
        <>
          <p className="period-label">{data.period.label}</p>
          <section className="panel" aria-labelledby="ledger-endings">
            <h2 id="ledger-endings">How promises ended</h2>
            {data.overall.total === 0 ? (
              <p className="field-hint">No promise was closed or came due in this period.</p>
            ) : (
              <p className="ledger-headline">
                <Link href={figureRoute(period, 'on-time')} className="headline-figure" aria-label={`On time ${percent(data.overall.onTime.rate)}: show those promises`}>
                  {percent(data.overall.onTime.rate)}
                </Link>
                <span>
                  on time — {data.overall.onTime.count} of {data.overall.total} promises kept by their date or renegotiated before it
                </span>
              </p>
            )}
            <EndingsTable figures={data.overall} period={period} caption="How promises ended in this period" />
            <p className="field-hint">
              Each promise is counted once, in the period it was decided: when it was closed, or — still open — when its date passed. Shares are whole percentages that add up to 100 %.
            </p>
          </section>
        </>
      )}
      <section className="panel" aria-labelledby="ledger-trend">
        <h2 id="ledger-trend">Week by week, the last six months</h2>
        <ul className="trend-legend" aria-label="Legend">
          {BUCKETS.map((bucket) => (
            <li key={bucket}>
              <span className={`swatch bucket-${bucket}`} aria-hidden="true" />
              {BUCKET_LABELS[bucket]}
            </li>
          ))}
        </ul>
        {trend.data ? (
          <>
            <Suspense fallback={<div className="trend-chart" aria-busy="true" />}>
              <TrendChart weeks={trend.data.weeks} />
            </Suspense>
            <TrendTable weeks={trend.data.weeks} />
          </>
        ) : (
          <div className="trend-chart" aria-busy="true" />
        )}
      </section>
      {data && (
        <>
          <section className="panel" aria-labelledby="ledger-people">
            <h2 id="ledger-people">Per person promised to</h2>
            <GroupTable groups={data.byPerson} by="person" period={period} caption="How promises ended, per person" nobody="Yourself (nobody named)" />
          </section>
          <section className="panel" aria-labelledby="ledger-sources">
            <h2 id="ledger-sources">Per source</h2>
            <GroupTable groups={data.bySource} by="source" period={period} caption="How promises ended, per source" nobody="No source" />
          </section>
          <section className="panel" aria-labelledby="ledger-actions">
            <h2 id="ledger-actions">Postmortem action items</h2>
            {data.postmortemActions.total === 0 ? (
              <p className="field-hint">No postmortem action item (a commitment with the source #postmortem) was closed or came due in this period.</p>
            ) : (
              <p className="ledger-headline">
                <Link href={figureRoute(period, 'on-time', { by: 'source', value: 'postmortem' })} className="headline-figure" aria-label={`Action items done on time ${percent(data.postmortemActions.onTime.rate)}: show them`}>
                  {percent(data.postmortemActions.onTime.rate)}
                </Link>
                <span>
                  done on time — {data.postmortemActions.onTime.count} of{' '}
                  <Link href={figureRoute(period, 'all', { by: 'source', value: 'postmortem' })}>{data.postmortemActions.total} action items</Link> decided
                </span>
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="ledger-blockers">
            <h2 id="ledger-blockers">The two-hour rule</h2>
            <BlockerRule figures={data.blockers} period={period} />
          </section>
        </>
      )}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>p</kbd> period · <kbd>b</kbd> brag doc · <kbd>g</kbd> repositories · <kbd>Esc</kbd> open loops
      </footer>
    </main>
  );
}
