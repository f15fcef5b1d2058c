import { z } from 'zod';
import { ATTEMPT_TEXT_MAX, Blocker, EVIDENCE_MAX, SENTENCE_MAX, ThresholdMinutes, WHAT_MAX } from '../domain/blocker.ts';
import { PERSON_MAX } from '../domain/commitment.ts';
import { RecordId } from '../domain/record-id.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { BlockerList, BlockerView } from './view.ts';

function required(label: string, max: number) {
  return z
    .string()
    .max(max, `Keep ${label} to at most ${max} characters.`)
    .refine((text) => text.trim().length > 0, `Say ${label}.`);
}

function optional(label: string, max: number) {
  return z.string().max(max, `Keep ${label} to at most ${max} characters.`);
}

const ById = z.strictObject({ id: RecordId });

export const StartBlocker = z.strictObject({
  what: required('what you are stuck on', WHAT_MAX),
  /** The open commitment it blocks, if any. */
  commitmentId: RecordId.nullable().optional(),
  /** Minutes before it should be raised; the default from settings when left out. */
  thresholdMinutes: ThresholdMinutes.optional(),
});

export const LogAttempt = z.strictObject({
  id: RecordId,
  tried: required('what you tried', ATTEMPT_TEXT_MAX),
  showed: optional('what it showed', ATTEMPT_TEXT_MAX),
});

/** Changes to what the help request is made of; a field left out stays as it is. */
export const EditBlocker = z
  .strictObject({
    id: RecordId,
    what: required('what you are stuck on', WHAT_MAX).optional(),
    evidence: optional('the evidence', EVIDENCE_MAX).optional(),
    theory: optional('your theory', SENTENCE_MAX).optional(),
    ask: optional('the ask', SENTENCE_MAX).optional(),
    thresholdMinutes: ThresholdMinutes.optional(),
  })
  .refine((edit) => Object.keys(edit).length > 1, 'Say what to change.');

export const RaiseBlocker = z.strictObject({ id: RecordId, to: required('who you raised it with', PERSON_MAX) });

export const ResolveBlocker = z.strictObject({
  id: RecordId,
  how: required('how it was resolved', SENTENCE_MAX),
  lesson: optional('the lesson', SENTENCE_MAX).optional(),
});

export const blockerChannels = {
  'ownlog:blocker-start': { request: StartBlocker, response: BlockerView },
  /** Open blockers (running and paused), those to raise first, then the longest blocked. */
  'ownlog:blocker-list': { request: z.strictObject({}), response: BlockerList },
  'ownlog:blocker-get': { request: ById, response: BlockerView },
  'ownlog:blocker-pause': { request: ById, response: BlockerView },
  'ownlog:blocker-resume': { request: ById, response: BlockerView },
  'ownlog:blocker-log-attempt': { request: LogAttempt, response: BlockerView },
  'ownlog:blocker-edit': { request: EditBlocker, response: BlockerView },
  'ownlog:blocker-raise': { request: RaiseBlocker, response: BlockerView },
  /** Resolving closes the blocker: it moves to its month's archive and the record comes back. */
  'ownlog:blocker-resolve': { request: ResolveBlocker, response: Blocker },
} as const satisfies ChannelTable;

export type StartBlocker = z.output<typeof StartBlocker>;
export type LogAttempt = z.output<typeof LogAttempt>;
export type EditBlocker = z.output<typeof EditBlocker>;
export type RaiseBlocker = z.output<typeof RaiseBlocker>;
export type ResolveBlocker = z.output<typeof ResolveBlocker>;
