import { z } from 'zod';
import { IsoInstant } from './time.ts';
import { RecordId } from './record-id.ts';

export const CommitmentStatus = z.enum(['open', 'done', 'dropped']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const TITLE_MAX = 500;
export const PERSON_MAX = 120;

/** One entry of a commitment's history: every change is kept with its time. */
export const CommitmentEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('captured'), at: IsoInstant }),
  z.strictObject({
    type: z.literal('status'),
    at: IsoInstant,
    from: CommitmentStatus,
    to: CommitmentStatus,
  }),
]);
export type CommitmentEvent = z.infer<typeof CommitmentEvent>;

export const Commitment = z.strictObject({
  kind: z.literal('commitment'),
  id: RecordId,
  title: z.string().trim().min(1).max(TITLE_MAX),
  /** The person or team it was promised to, if any. */
  promisedTo: z.string().trim().min(1).max(PERSON_MAX).nullable(),
  due: IsoInstant.nullable(),
  /** Where it was promised: meeting, chat, review, postmortem… */
  source: z.string().trim().min(1).max(40).nullable(),
  /** The line exactly as the user typed it, so nothing they wrote is lost to the parser. */
  captured: z.string().max(2000),
  status: CommitmentStatus,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant.nullable(),
  history: z.array(CommitmentEvent).min(1),
});
export type Commitment = z.infer<typeof Commitment>;
