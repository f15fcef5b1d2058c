import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useLocation } from 'wouter';
import { BUCKET_LABELS, BUCKETS, type Bucket } from '../../../shared/ledger/buckets.ts';
import type { TrendWeek } from '../../../shared/ledger/channels.ts';
import { figureRoute } from '../../ledger-routes.ts';
import { percent } from './SharesTable.tsx';

/** The week under the pointer, with its counts, in the app's own colours (light or dark). */
function WeekTooltip({ active, label, weeks }: { active: boolean; label: TooltipContentProps['label'] | undefined; weeks: TrendWeek[] }) {
  const week = weeks.find((candidate) => candidate.label === label);
  if (!active || !week) return null;
  return (
    <div className="trend-tooltip">
      <p className="trend-tooltip-title">
        Week of {week.label} ({week.week})
      </p>
      {week.total === 0 ? (
        <p>Nothing decided</p>
      ) : (
        <ul>
          {BUCKETS.filter((bucket) => week.counts[bucket] > 0).map((bucket) => (
            <li key={bucket}>
              <span className={`swatch bucket-${bucket}`} aria-hidden="true" />
              {BUCKET_LABELS[bucket]}: {week.counts[bucket]}
            </li>
          ))}
          <li className="trend-tooltip-total">On time: {percent(week.onTimeRate)}</li>
        </ul>
      )}
    </div>
  );
}

/**
 * The ledger week by week over six months, as stacked bars drawn by Recharts from numbers the
 * journal computed. A bar's part opens the commitments behind it. Colours come from the
 * stylesheet (by class), so the chart follows the light and dark themes.
 */
export function TrendChart({ weeks }: { weeks: TrendWeek[] }) {
  const [, navigate] = useLocation();
  const open = (bucket: Bucket, index: number) => {
    const week = weeks[index];
    if (week) navigate(figureRoute(week.key, bucket));
  };
  return (
    <div className="trend-chart" role="img" aria-label={`Promises decided each week, by how they ended, over the last ${String(weeks.length)} weeks`}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: -18 }} barCategoryGap="18%">
          <CartesianGrid vertical={false} className="trend-grid" />
          <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={18} className="trend-axis" />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} className="trend-axis" />
          <Tooltip cursor={{ className: 'trend-cursor' }} content={(props) => <WeekTooltip active={props.active} label={props.label} weeks={weeks} />} isAnimationActive={false} />
          {BUCKETS.map((bucket) => (
            <Bar
              key={bucket}
              dataKey={(week: TrendWeek) => week.counts[bucket]}
              name={BUCKET_LABELS[bucket]}
              stackId="week"
              className={`trend-bar bucket-${bucket}`}
              isAnimationActive={false}
              onClick={(_data, index) => open(bucket, index)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
