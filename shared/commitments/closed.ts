import { z } from 'zod';
import type { Commitment } from '../domain/commitment.ts';
import { IsoInstant } from '../domain/time.ts';
import { archived, ofKind, type JournalContext } from '../journal-context.ts';
import type { MonthKey } from '../store/layout.ts';

export const ClosedQuery = z
  .strictObject({
    from: IsoInstant,
    to: IsoInstant,
    text: z.string().max(500).optional(),
    person: z.string().max(200).optional(),
    ending: z.enum(['done', 'dropped']).optional(),
  })
  .refine((query) => query.from <= query.to, { message: 'The period must start before it ends.', path: ['from'] });
export type ClosedQuery = z.infer<typeof ClosedQuery>;

/** The UTC months an interval touches, which name the archives it needs. */
export function monthsBetween(from: string, to: string): MonthKey[] {
  const months: MonthKey[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastYear = Number(to.slice(0, 4));
  const lastMonth = Number(to.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year)}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Closed commitments in a period, newest first, searched by text, person and how they ended.
 * Only the archives of the months in the period are read.
 */
export function closedCommitments(context: JournalContext, query: ClosedQuery): Commitment[] {
  const present = new Set(context.store.archiveMonths());
  const words = (query.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const found: Commitment[] = [];
  for (const month of monthsBetween(query.from, query.to)) {
    if (!present.has(month)) continue;
    for (const record of ofKind(archived(context, month).values(), 'commitment')) {
      if (record.closedAt === null) continue;
      if (record.closedAt < query.from || record.closedAt > query.to) continue;
      if (query.ending !== undefined && record.status !== query.ending) continue;
      if (query.person !== undefined && query.person !== '' && record.promisedTo !== query.person) continue;
      if (words.length > 0) {
        const haystack = [record.title, record.promisedTo ?? '', record.source ?? '', record.notes, record.captured].join(' ').toLocaleLowerCase();
        if (!words.every((word) => haystack.includes(word))) continue;
      }
      found.push(record);
    }
  }
  return found.sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
}
