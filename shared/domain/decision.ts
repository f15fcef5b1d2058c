import { z } from 'zod';
import { RecordId } from './record-id.ts';
import { IsoInstant } from './time.ts';

/** What was decided, when and why: it feeds the weekly update. Archived once recorded. */
export const Decision = z.strictObject({
  kind: z.literal('decision'),
  id: RecordId,
  what: z.string().trim().min(1, 'Say what was decided.').max(1000),
  why: z.string().trim().max(5000),
  decidedAt: IsoInstant,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant,
  history: z.array(z.strictObject({ type: z.literal('recorded'), at: IsoInstant })).min(1),
});
export type Decision = z.infer<typeof Decision>;
