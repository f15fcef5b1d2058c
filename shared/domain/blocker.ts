import { z } from 'zod';
import { PERSON_MAX } from './commitment.ts';
import { RecordId } from './record-id.ts';
import { IsoInstant } from './time.ts';

export const WHAT_MAX = 500;
export const ATTEMPT_TEXT_MAX = 2000;
/** Evidence is pasted logs and error text, kept verbatim: long text is expected. */
export const EVIDENCE_MAX = 200_000;
export const SENTENCE_MAX = 2000;
export const ATTEMPTS_MAX = 500;
export const THRESHOLD_MINUTES_MAX = 7 * 24 * 60;

/** Minutes of blocked time after which the user should raise it: the two-hour rule. */
export const ThresholdMinutes = z
  .number()
  .int('Give the threshold in whole minutes.')
  .min(1, 'The threshold must be at least a minute.')
  .max(THRESHOLD_MINUTES_MAX, 'The threshold can be at most a week.');

export const BlockerStatus = z.enum(['running', 'paused', 'resolved']);
export type BlockerStatus = z.infer<typeof BlockerStatus>;

/**
 * Why a stretch of counted time ended: the user paused it; the machine said it was going to
 * sleep or locking the screen; a gap between heartbeats (the machine slept or the process was
 * stopped); the app was not running (closed at the last heartbeat of its previous run); or
 * the blocker was resolved.
 */
export const SegmentEnd = z.enum(['paused', 'suspended', 'locked', 'gap', 'stopped', 'resolved']);
export type SegmentEnd = z.infer<typeof SegmentEnd>;

/**
 * One stretch of time the blocker's clock counted. `from` and `to` are wall-clock labels for
 * people; `ms` is the awake time counted from monotonic readings, which is what elapsed time
 * is made of — so a change of the wall clock never adds or removes blocked time. An open
 * segment (`to` null) holds what was counted when the record was written; its progress since
 * is in the heartbeat file.
 */
export const Segment = z
  .strictObject({
    from: IsoInstant,
    to: IsoInstant.nullable(),
    ms: z.number().int().nonnegative(),
    end: SegmentEnd.nullable(),
  })
  .refine((segment) => (segment.to === null) === (segment.end === null), 'A closed segment says why it ended.');
export type Segment = z.infer<typeof Segment>;

export const Attempt = z.strictObject({
  at: IsoInstant,
  tried: z.string().trim().min(1).max(ATTEMPT_TEXT_MAX),
  showed: z.string().trim().max(ATTEMPT_TEXT_MAX),
});
export type Attempt = z.infer<typeof Attempt>;

export const BlockerEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('started'), at: IsoInstant }),
  z.strictObject({ type: z.literal('paused'), at: IsoInstant }),
  z.strictObject({ type: z.literal('resumed'), at: IsoInstant }),
  z.strictObject({ type: z.literal('threshold-set'), at: IsoInstant, minutes: ThresholdMinutes }),
  /** The threshold notification fired; written before it is shown, so it fires once. */
  z.strictObject({ type: z.literal('threshold-reached'), at: IsoInstant, blockedMs: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('raised'), at: IsoInstant, to: z.string() }),
  z.strictObject({ type: z.literal('resolved'), at: IsoInstant }),
]);
export type BlockerEvent = z.infer<typeof BlockerEvent>;

export const Raised = z.strictObject({
  /** Who the help request went to. */
  to: z.string().trim().min(1).max(PERSON_MAX),
  at: IsoInstant,
  /** Blocked time when it was raised: how well the two-hour rule was kept. */
  blockedMs: z.number().int().nonnegative(),
  /** The help request as it was when it was sent (Markdown). */
  request: z.string(),
});
export type Raised = z.infer<typeof Raised>;

export const Resolution = z.strictObject({
  at: IsoInstant,
  how: z.string().trim().min(1).max(SENTENCE_MAX),
  /** Kept for the postmortem library's search. */
  lesson: z.string().trim().min(1).max(SENTENCE_MAX).nullable(),
  /** Total blocked time, from start to resolution. */
  blockedMs: z.number().int().nonnegative(),
});
export type Resolution = z.infer<typeof Resolution>;

export const Blocker = z.strictObject({
  kind: z.literal('blocker'),
  id: RecordId,
  /** What the user is stuck on. */
  what: z.string().trim().min(1).max(WHAT_MAX),
  /** The open commitment it blocks, if any. */
  commitmentId: RecordId.nullable(),
  thresholdMinutes: ThresholdMinutes,
  status: BlockerStatus,
  segments: z.array(Segment).min(1),
  attempts: z.array(Attempt).max(ATTEMPTS_MAX),
  evidence: z.string().max(EVIDENCE_MAX),
  theory: z.string().trim().max(SENTENCE_MAX),
  ask: z.string().trim().max(SENTENCE_MAX),
  /** When the threshold notification fired; null until it has. */
  thresholdReachedAt: IsoInstant.nullable(),
  raised: Raised.nullable(),
  resolution: Resolution.nullable(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant.nullable(),
  history: z.array(BlockerEvent).min(1),
});
export type Blocker = z.infer<typeof Blocker>;

/**
 * The blocker clock's heartbeat, in a small file of its own so that the open records are not
 * rewritten every minute: when it was taken, and how much each open segment had counted by
 * then. A crash or quit loses at most the time since.
 */
export const Heartbeat = z.strictObject({
  at: IsoInstant,
  open: z.record(RecordId, z.strictObject({ from: IsoInstant, ms: z.number().int().nonnegative() })),
});
export type Heartbeat = z.infer<typeof Heartbeat>;
