import { z } from 'zod';
import { BragCategory, CategoryId } from '../domain/brag.ts';
import { RecordId } from '../domain/record-id.ts';
import { Settings } from '../domain/settings.ts';
import { IsoInstant } from '../domain/time.ts';
import { ExportDocumentSchema } from '../export/channels.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { QUARTER_KEY } from './quarter.ts';

const Quarter = z.string().regex(QUARTER_KEY, 'Not a quarter like 2026-Q4.');

export const Placement = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('you') }),
  z.strictObject({ by: z.literal('keyword'), keyword: z.string() }),
  z.strictObject({ by: z.literal('default') }),
]);

/** One line of the brag doc: a piece of work, once however many times it was promised and done. */
export const BragItem = z.strictObject({
  kind: z.enum(['commitment', 'postmortem']),
  title: z.string(),
  /** Every record behind the line (a title done three times is one line, ×3). */
  ids: z.array(z.string()).min(1),
  /** The page's route of the most recent record, where there is one. */
  link: z.string().nullable(),
  people: z.array(z.string()),
  /** How many of the records shipped: done with every item of the definition of shipped checked. */
  shipped: z.number().int().nonnegative(),
  lastAt: IsoInstant,
  placement: Placement,
});
export type BragItem = z.infer<typeof BragItem>;

export const BragLesson = z.strictObject({ text: z.string(), from: z.enum(['blocker', 'postmortem']), about: z.string(), at: IsoInstant });
export type BragLesson = z.infer<typeof BragLesson>;

export const BragView = z.strictObject({
  quarter: z.string(),
  label: z.string(),
  from: IsoInstant,
  to: IsoInstant,
  /** The quarter is not over yet. */
  partial: z.boolean(),
  previous: z.string(),
  next: z.string().nullable(),
  categories: z.array(z.strictObject({ id: CategoryId, name: z.string(), items: z.array(BragItem) })),
  lessons: z.array(BragLesson),
  counts: z.strictObject({ closed: z.number().int(), shipped: z.number().int(), postmortems: z.number().int(), lessons: z.number().int() }),
  onTime: z.strictObject({ count: z.number().int(), total: z.number().int(), rate: z.number().int().nullable() }),
  document: ExportDocumentSchema,
  fileStem: z.string(),
  /** The ledger's key for the quarter's days, to link its figures. */
  ledgerPeriod: z.string(),
});
export type BragView = z.infer<typeof BragView>;

export const bragChannels = {
  /** The quarter's roll-up, grouped by category, and the document every export is made from. */
  'ownlog:brag-quarter': { request: z.strictObject({ quarter: Quarter.optional() }), response: BragView },
  /** Replaces the categories; one without an id is new. Items placed in a removed category go back to the keywords. */
  'ownlog:brag-categories-save': {
    request: z.strictObject({ categories: z.array(BragCategory.extend({ id: CategoryId.optional() })).max(12) }),
    response: Settings,
  },
  /** Puts records under a category by hand, or (null) back under the keywords. */
  'ownlog:brag-assign': {
    request: z.strictObject({ ids: z.array(RecordId).min(1).max(500), categoryId: CategoryId.nullable() }),
    response: Settings,
  },
} as const satisfies ChannelTable;
