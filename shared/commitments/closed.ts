import { z } from 'zod';
import type { Commitment } from '../domain/commitment.ts';
import { IsoInstant } from '../domain/time.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import { monthsBetween } from '../store/layout.ts';

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

/**
 * Closed commitments in a period, newest first, searched by text, person and how they ended.
 * Only the archives of the months in the period are read.
 */
export function closedCommitments(context: JournalContext, query: ClosedQuery): Commitment[] {
  const present = new Set(context.archives.months());
  const words = (query.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const found: Commitment[] = [];
  for (const month of monthsBetween(query.from, query.to)) {
    if (!present.has(month)) continue;
    for (const record of ofKind(context.archives.month(month).values(), 'commitment')) {
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
