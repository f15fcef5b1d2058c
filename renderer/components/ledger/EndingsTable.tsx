import { BUCKET_HINTS, BUCKET_LABELS, BUCKETS } from '../../../shared/ledger/buckets.ts';
import type { Figures } from '../../../shared/ledger/channels.ts';
import { figureRoute } from '../../ledger-routes.ts';
import { SharesTable } from './SharesTable.tsx';

/** How the promises of a period ended: a row a bucket, each count a link to its commitments. */
export function EndingsTable({ figures, period, caption }: { figures: Figures; period: string; caption: string }) {
  const rows = BUCKETS.map((bucket) => ({
    key: bucket,
    swatch: `bucket-${bucket}`,
    label: BUCKET_LABELS[bucket],
    hint: BUCKET_HINTS[bucket],
    count: figures.counts[bucket],
    rate: figures.rates?.[bucket] ?? null,
    href: figureRoute(period, bucket),
  }));
  return <SharesTable rows={rows} caption={caption} head="How it ended" total={{ label: 'Decided in this period', count: figures.total, href: figureRoute(period, 'all') }} />;
}
