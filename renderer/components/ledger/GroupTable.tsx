import { Link } from 'wouter';
import type { Group } from '../../../shared/ledger/channels.ts';
import { figureRoute } from '../../ledger-routes.ts';
import { BucketCells, FigureHeads } from './BucketColumns.tsx';
import { percent } from './SharesTable.tsx';

/** The ledger per person promised to, or per source: each count a link to its commitments. */
export function GroupTable({ groups, by, period, caption, nobody }: { groups: Group[]; by: 'person' | 'source'; period: string; caption: string; nobody: string }) {
  if (groups.length === 0) return <p className="field-hint">No promises were decided in this period.</p>;
  return (
    <div className="table-scroll">
      <table className="ledger-table groups">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <FigureHeads row={by === 'person' ? 'Promised to' : 'Source'} names="short" />
        </thead>
        <tbody>
          {groups.map(({ name, figures }) => {
            const group = { by, value: name };
            const who = name === null ? nobody : by === 'source' ? `#${name}` : name;
            return (
              <tr key={name ?? ''}>
                <th scope="row">{who}</th>
                <td className="number">
                  <Link href={figureRoute(period, 'all', group)} aria-label={`${String(figures.total)} decided, ${who}: show them`}>
                    {figures.total}
                  </Link>
                </td>
                <td className="number">
                  <Link href={figureRoute(period, 'on-time', group)} aria-label={`${percent(figures.onTime.rate)} on time, ${who}: show them`}>
                    {percent(figures.onTime.rate)}
                  </Link>
                </td>
                <BucketCells counts={figures.counts} href={(bucket) => figureRoute(period, bucket, group)} of={who} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
