import { z } from 'zod';
import { RecordId } from './record-id.ts';
import { IsoInstant } from './time.ts';

export const UPDATE_TEXT_MAX = 200_000;

export const Cadence = z.enum(['daily', 'weekly', 'range']);
export type Cadence = z.infer<typeof Cadence>;

/**
 * A status update for a period: drafted from the journal, then edited as Markdown. Until it is
 * marked sent it is an open loop; then it goes to the archive of the month it was sent in.
 */
export const StatusUpdate = z.strictObject({
  kind: z.literal('status-update'),
  id: RecordId,
  cadence: Cadence,
  from: IsoInstant,
  to: IsoInstant,
  title: z.string().trim().min(1).max(300),
  /** The last draft Ownlog made, to tell whether the user has edited it since. */
  generated: z.string().max(UPDATE_TEXT_MAX),
  /** The update as the user has it now. */
  text: z.string().max(UPDATE_TEXT_MAX),
  sentAt: IsoInstant.nullable(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant.nullable(),
  history: z
    .array(
      z.strictObject({
        type: z.enum(['drafted', 'edited', 'regenerated', 'sent', 'unsent']),
        at: IsoInstant,
      }),
    )
    .min(1),
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;
