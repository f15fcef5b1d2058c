import { Link } from 'wouter';
import type { TrendWeek } from '../../../shared/ledger/channels.ts';
import { figureRoute } from '../../ledger-routes.ts';
import { BucketCells, FigureHeads } from './BucketColumns.tsx';
import { percent } from './SharesTable.tsx';

/** The chart's numbers as a table, for keyboards and screen readers: each count a link. */
export function TrendTable({ weeks }: { weeks: TrendWeek[] }) {
  return (
    <details className="trend-figures">
      <summary>The weeks as a table</summary>
      <div className="table-scroll">
        <table className="ledger-table groups">
          <caption className="visually-hidden">Promises decided each week, by how they ended</caption>
          <thead>
            <FigureHeads row="Week of" names="hidden" />
          </thead>
          <tbody>
            {[...weeks].reverse().map((week) => (
              <tr key={week.key}>
                <th scope="row">
                  {week.label} <span className="bucket-hint">{week.week}</span>
                </th>
                <td className="number">
                  <Link href={figureRoute(week.key, 'all')}>{week.total}</Link>
                </td>
                <td className="number">{percent(week.onTimeRate)}</td>
                <BucketCells counts={week.counts} href={(bucket) => figureRoute(week.key, bucket)} of={`week of ${week.label}`} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
