import { Link } from 'wouter';
import { BUCKET_LABELS, BUCKETS, type Bucket } from '../../../shared/ledger/buckets.ts';

/** Column heads short enough for nine columns; the full name is their title. */
const SHORT: Record<Bucket, string> = {
  kept: 'Kept',
  'renegotiated-early': 'Moved in time',
  'renegotiated-late': 'Moved late',
  late: 'Done late',
  dropped: 'Dropped',
  overdue: 'Overdue',
};

/** The head of a table of figures: what a row is, how many were decided, the on-time share, then a column per bucket. */
export function FigureHeads({ row, names }: { row: string; names: 'short' | 'hidden' }) {
  return (
    <tr>
      <th scope="col">{row}</th>
      <th scope="col" className="number">
        Decided
      </th>
      <th scope="col" className="number">
        On time
      </th>
      <BucketHeads names={names} />
    </tr>
  );
}

/** A column head per bucket: its colour, and its short name (or, where room is shortest, only for screen readers). */
export function BucketHeads({ names }: { names: 'short' | 'hidden' }) {
  return BUCKETS.map((bucket) => (
    <th key={bucket} scope="col" className="number" title={BUCKET_LABELS[bucket]}>
      <span className={`swatch bucket-${bucket}`} aria-hidden="true" />
      {names === 'short' ? SHORT[bucket] : <span className="visually-hidden">{BUCKET_LABELS[bucket]}</span>}
    </th>
  ));
}

/** A cell per bucket: its count as a link to the commitments behind it, or a dot for none. */
export function BucketCells({ counts, href, of }: { counts: Record<Bucket, number>; href: (bucket: Bucket) => string; of?: string }) {
  return BUCKETS.map((bucket) => (
    <td key={bucket} className={`number${counts[bucket] === 0 ? ' zero' : ''}`}>
      {counts[bucket] === 0 ? (
        '·'
      ) : (
        <Link href={href(bucket)} aria-label={`${String(counts[bucket])} ${BUCKET_LABELS[bucket].toLocaleLowerCase()}${of === undefined ? '' : `, ${of}`}: show them`}>
          {counts[bucket]}
        </Link>
      )}
    </td>
  ));
}
