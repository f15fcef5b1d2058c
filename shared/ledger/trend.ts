import { TZDate } from '@date-fns/tz';
import { addWeeks, format } from 'date-fns';
import type { Commitment } from '../domain/commitment.ts';
import { weekLabel, weekPeriod } from '../status/period.ts';
import type { LedgerTrend } from './channels.ts';
import { figuresOf, reckonedIn } from './ledger.ts';
import { keyOfDays, trendStart, TREND_WEEKS, type PeriodContext } from './periods.ts';

/**
 * The ledger week by week, the current week last: each commitment decided in those six months
 * is in the one week holding the instant that decided it, so the bars add up to the ledger of
 * the whole span. The chart only draws these numbers.
 */
export function weeklyTrend(commitments: Iterable<Commitment>, context: PeriodContext): LedgerTrend {
  const { now, zone, weekStart } = context;
  const first = new TZDate(trendStart(context).getTime(), zone);
  const weeks = Array.from({ length: TREND_WEEKS }, (_unused, index) => weekPeriod(addWeeks(first, index), zone, weekStart));
  const reckoned = reckonedIn(commitments, { from: first, to: now }, now);
  return {
    weeks: weeks.map((week) => {
      const figures = figuresOf(reckoned.filter(({ reckoning }) => Date.parse(reckoning.at) >= week.from.getTime() && Date.parse(reckoning.at) <= week.to.getTime()).map(({ reckoning }) => reckoning.bucket));
      return {
        key: keyOfDays(week, zone),
        label: format(new TZDate(week.from.getTime(), zone), 'd MMM'),
        week: weekLabel(week, zone),
        counts: figures.counts,
        total: figures.total,
        onTimeRate: figures.onTime.rate,
      };
    }),
  };
}
