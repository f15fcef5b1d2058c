import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { formatBlockedTime } from '../../shared/blockers/display.ts';
import { BLOCKER_BUCKET_LABELS, BUCKET_LABELS, isBlockerBucket, isBucket, RAISE_BINS } from '../../shared/ledger/buckets.ts';
import type { FigureQuery, LedgerItem } from '../../shared/ledger/channels.ts';
import { formatDue } from '../format.ts';
import { useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import { decodeParam, ledgerRoute, type FigureBucket } from '../ledger-routes.ts';
import '../components/ledger/ledger.css';

const ALL_LABELS: Record<FigureBucket, string> = { ...BUCKET_LABELS, all: 'All decided', 'on-time': 'On time' };

function isFigureBucket(value: string): value is FigureBucket {
  return isBucket(value) || value === 'all' || value === 'on-time';
}

interface FrameProps {
  period: string;
  title: string;
  /** The query behind the list: its period's label, its error, and how many it found. */
  found: { data?: { period: { label: string }; items: unknown[] } | undefined; error: Error | null };
  /** What "none" means for this list. */
  none: string;
  children: ReactNode;
}

/** A figure's list: back to the ledger, its title and count, the period, and none or the items. */
function Frame({ period, title, found, none, children }: FrameProps) {
  const [, navigate] = useLocation();
  useShortcuts({ Escape: () => navigate(ledgerRoute(period)) });
  const count = found.data?.items.length;
  return (
    <main className="screen ledger-screen">
      <Link href={ledgerRoute(period)} className="back">
        ← Promise ledger <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>
          {title} {count !== undefined && <span className="count">{count}</span>}
        </h1>
      </header>
      {found.data && <p className="period-label">{found.data.period.label}</p>}
      {found.error && (
        <p className="load-error" role="alert">
          {found.error.message}
        </p>
      )}
      {count === 0 ? (
        <section className="empty" aria-label="None">
          <h2>None in this period</h2>
          <p>{none}</p>
        </section>
      ) : (
        children
      )}
    </main>
  );
}

function CommitmentItem({ item, now }: { item: LedgerItem; now: Date }) {
  const { commitment } = item;
  const href = item.month === null ? `/commitment/${commitment.id}` : `/closed/${item.month}/${commitment.id}`;
  const moves = commitment.history.filter((event) => event.type === 'renegotiated').length;
  return (
    <li>
      <Link href={href} className="closed-item">
        <span className={`status ledger-status bucket-${item.bucket}`}>{BUCKET_LABELS[item.bucket]}</span>
        <span className="loop-title-text">{commitment.title}</span>
        <span className="loop-meta">
          <span>{commitment.promisedTo ? `to ${commitment.promisedTo}` : 'to yourself'}</span>
          {commitment.source && <span>#{commitment.source}</span>}
          {commitment.due && <span>{item.bucket === 'overdue' ? 'due' : 'was due'} {formatDue(commitment.due, now)}</span>}
          {commitment.closedAt && <span>closed {formatDue(commitment.closedAt, now)}</span>}
          {moves > 0 && <span>renegotiated {moves === 1 ? 'once' : `${String(moves)} times`}</span>}
        </span>
      </Link>
    </li>
  );
}

/** The commitments behind one figure of the ledger, most recently decided first. */
export function LedgerCommitments() {
  const params = useParams<{ period: string; bucket: string; by?: string; value?: string }>();
  const bucket = isFigureBucket(params.bucket) ? params.bucket : 'all';
  const by = params.by === 'person' || params.by === 'source' ? params.by : undefined;
  const value = params.value === undefined ? null : decodeParam(params.value);
  const query: FigureQuery = { period: params.period, bucket, ...(by ? { by, value } : {}) };
  const found = useJournalQuery('ownlog:ledger-commitments', query);
  const now = new Date();
  const who = by === undefined ? '' : by === 'person' ? ` · ${value === null ? 'to yourself' : `to ${value}`}` : ` · ${value === null ? 'no source' : `#${value}`}`;
  const items = found.data?.items;
  return (
    <Frame period={params.period} title={`${ALL_LABELS[bucket]}${who}`} found={found} none="No promise decided in this period ended this way.">
      {items && (
        <ol className="closed-list" aria-label="Commitments behind the figure">
          {items.map((item) => (
            <CommitmentItem key={item.commitment.id} item={item} now={now} />
          ))}
        </ol>
      )}
    </Frame>
  );
}

/** The blockers behind one figure of the two-hour rule. */
export function LedgerBlockers() {
  const params = useParams<{ period: string; bucket?: string; bin?: string }>();
  const bin = params.bin === undefined ? undefined : Number(params.bin);
  const bucket = params.bucket !== undefined && (isBlockerBucket(params.bucket) || params.bucket === 'rule-kept') ? params.bucket : 'all';
  const found = useJournalQuery('ownlog:ledger-blockers', bin === undefined ? { period: params.period, bucket } : { period: params.period, bin });
  const now = new Date();
  const title = bin !== undefined ? `Raised after ${RAISE_BINS[bin]?.label ?? 'some time'}` : bucket === 'all' ? 'Blockers' : bucket === 'rule-kept' ? 'Two-hour rule kept' : BLOCKER_BUCKET_LABELS[bucket];
  const items = found.data?.items;
  return (
    <Frame period={params.period} title={title} found={found} none="No blocker decided in this period went this way.">
      {items && (
        <ol className="closed-list" aria-label="Blockers behind the figure">
          {items.map((item) => {
            const content = (
              <>
                <span className={`status ledger-status blocker-${item.bucket}`}>{BLOCKER_BUCKET_LABELS[item.bucket]}</span>
                <span className="loop-title-text">{item.what}</span>
                <span className="loop-meta">
                  <span>{item.raisedTo ? `raised with ${item.raisedTo} after ${formatBlockedTime(item.blockedMs)}` : `blocked ${formatBlockedTime(item.blockedMs)}`}</span>
                  <span>threshold {formatBlockedTime(item.thresholdMinutes * 60_000)}</span>
                  <span>{formatDue(item.at, now)}</span>
                  {item.open && <span>still open</span>}
                </span>
              </>
            );
            return (
              <li key={item.id}>
                {item.open ? (
                  <Link href={`/blocker/${item.id}`} className="closed-item">
                    {content}
                  </Link>
                ) : (
                  <div className="closed-item">{content}</div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Frame>
  );
}
