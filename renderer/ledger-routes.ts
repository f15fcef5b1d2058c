import type { BlockerBucket, Bucket } from '../shared/ledger/buckets.ts';

/**
 * The addresses of the ledger and of the lists behind its figures, so every figure is a link
 * that can be opened, gone back to and reloaded.
 */
export type FigureBucket = Bucket | 'all' | 'on-time';
export type FigureGroup = { by: 'person' | 'source'; value: string | null };

export function ledgerRoute(period: string): string {
  return `/ledger/${period}`;
}

/** "/ledger/this-quarter/commitments/late/person/Priya"; no value means nobody (or no source). */
export function figureRoute(period: string, bucket: FigureBucket, group?: FigureGroup): string {
  const base = `/ledger/${period}/commitments/${bucket}`;
  if (!group) return base;
  return `${base}/${group.by}${group.value === null ? '' : `/${encodeURIComponent(group.value)}`}`;
}

export function blockerFigureRoute(period: string, bucket: BlockerBucket | 'all' | 'rule-kept'): string {
  return `/ledger/${period}/blockers/${bucket}`;
}

export function raiseBinRoute(period: string, bin: number): string {
  return `/ledger/${period}/raised/${String(bin)}`;
}

/** A route parameter as it was before encoding; left as it is if it is not valid encoding. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
