import { z } from 'zod';
import { FACTOR_CATEGORIES, SEVERITIES, STEPS, WHYS_MAX } from '../postmortem/steps.ts';
import { MESSAGE_MAX, NOTE_MAX, PERSON_MAX, TITLE_MAX } from './commitment.ts';
import { RecordId } from './record-id.ts';
import { IsoInstant } from './time.ts';

export const SENTENCE_MAX = 2000;
export const TAG_MAX = 40;

export const StepId = z.enum(STEPS);
export const Severity = z.literal(SEVERITIES, 'Severity is a level from 1 to 4.');
export const FactorCategory = z.enum(FACTOR_CATEGORIES);

/** A sentence the user writes in a step; empty while the step is still a draft. */
const Sentence = (what: string) => z.string().max(SENTENCE_MAX, `Keep ${what} under ${String(SENTENCE_MAX)} characters.`);
/** Something that must be said when it is there at all: a timeline entry, a lesson. */
const Said = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Write ${what}.`)
    .max(SENTENCE_MAX, `Keep ${what} under ${String(SENTENCE_MAX)} characters.`);

/** Where the postmortem was started from: a commitment that went wrong, or a blocker. */
export const PostmortemOrigin = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commitment'), id: RecordId }),
  z.strictObject({ kind: z.literal('blocker'), id: RecordId }),
]);
export type PostmortemOrigin = z.infer<typeof PostmortemOrigin>;

export const Impact = z.strictObject({
  /** Who was affected: customers, a team, one person. */
  who: Sentence('who was affected'),
  /** What was affected and how. */
  what: Sentence('what was affected'),
  /** For how long, in the user's words ("about 40 minutes of failed checkouts"). */
  duration: Sentence('how long'),
  severity: Severity.nullable(),
});
export type Impact = z.infer<typeof Impact>;

/** Someone the user told, when, and the ownership statement exactly as sent (if it was). */
export const Told = z.strictObject({
  who: z.string().trim().min(1, 'Say who you told.').max(PERSON_MAX, `Keep the name under ${String(PERSON_MAX)} characters.`),
  at: IsoInstant,
  sent: z.string().max(MESSAGE_MAX).nullable(),
});
export type Told = z.infer<typeof Told>;

export const TimelineEntry = z.strictObject({
  at: IsoInstant,
  text: Said('what happened at that time'),
  /** The journal record it was taken from ("commitment:<id>:captured:<at>"), or null when typed. */
  ref: z.string().max(200).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Factor = z.strictObject({
  category: FactorCategory,
  text: Said('the contributing factor'),
});
export type Factor = z.infer<typeof Factor>;

/**
 * An action item is a real commitment (source "postmortem"); the postmortem keeps its id and
 * reads its live status from the commitments. The title is kept too, so an item whose
 * commitment was deleted as a mistake can still be named.
 */
export const ActionItemLink = z.strictObject({
  commitmentId: RecordId,
  title: z.string().max(TITLE_MAX),
  addedAt: IsoInstant,
});
export type ActionItemLink = z.infer<typeof ActionItemLink>;

export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(TAG_MAX, `Keep a tag under ${String(TAG_MAX)} characters.`)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'A tag is one word, like deploys or migrations.');

export const Lesson = z.strictObject({
  text: Said('the lesson'),
  tags: z.array(Tag).max(10, 'Keep to 10 tags a lesson.'),
});
export type Lesson = z.infer<typeof Lesson>;

export const PostmortemEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('started'), at: IsoInstant }),
  z.strictObject({ type: z.literal('completed'), at: IsoInstant }),
  /** A complete postmortem edited so that a step lost its content is a draft again. */
  z.strictObject({ type: z.literal('reopened'), at: IsoInstant }),
]);
export type PostmortemEvent = z.infer<typeof PostmortemEvent>;

/**
 * A blameless self-postmortem. Drafts and complete ones alike stay in `live`: a person writes a
 * few a year, and one with every step written is about 4 KB, so even ten a year for ten years
 * add some 400 KB to `live` — and the library lists them all without reading an archive. So
 * a postmortem is never closed into one.
 */
export const Postmortem = z.strictObject({
  kind: z.literal('postmortem'),
  id: RecordId,
  title: z.string().trim().min(1, 'Name what went wrong, e.g. “Checkout errors after the Friday deploy”.').max(TITLE_MAX, `Keep the title under ${String(TITLE_MAX)} characters.`),
  origin: PostmortemOrigin.nullable(),
  status: z.enum(['draft', 'complete']),
  /** The step the user was on, where the flow resumes. */
  step: StepId,
  happenedAt: IsoInstant,
  detectedAt: IsoInstant.nullable(),
  acknowledgedAt: IsoInstant.nullable(),
  impact: Impact,
  /** The ownership statement as the user edited it; null while it follows the draft. */
  statement: z.string().max(MESSAGE_MAX, `Keep the statement under ${String(MESSAGE_MAX)} characters.`).nullable(),
  told: z.array(Told).max(50),
  timeline: z.array(TimelineEntry).max(200, 'Keep the timeline to 200 entries.'),
  /** The answers to the five whys, in order; each leads to the next question. */
  whys: z.array(Sentence('the answer')).max(WHYS_MAX),
  factors: z.array(Factor).max(30, 'Keep to 30 contributing factors.'),
  resolution: z.string().max(NOTE_MAX),
  /** Where we got lucky: what could have made it worse and did not. */
  lucky: z.string().max(NOTE_MAX),
  actionItems: z.array(ActionItemLink).max(50),
  lessons: z.array(Lesson).max(30, 'Keep to 30 lessons.'),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  completedAt: IsoInstant.nullable(),
  /** Never archived (see above), so never closed. */
  closedAt: z.null(),
  history: z.array(PostmortemEvent).min(1),
});
export type Postmortem = z.infer<typeof Postmortem>;

/**
 * A postmortem just started: a draft at its first step, acknowledged when it was started (the
 * user can say it was earlier), with every step still empty.
 */
export function newPostmortem({ id, title, origin, happenedAt, at }: { id: string; title: string; origin: PostmortemOrigin | null; happenedAt: string; at: string }): Postmortem {
  return {
    kind: 'postmortem',
    id,
    title,
    origin,
    status: 'draft',
    step: 'acknowledge',
    happenedAt,
    detectedAt: null,
    acknowledgedAt: at,
    impact: { who: '', what: '', duration: '', severity: null },
    statement: null,
    told: [],
    timeline: [],
    whys: [],
    factors: [],
    resolution: '',
    lucky: '',
    actionItems: [],
    lessons: [],
    createdAt: at,
    updatedAt: at,
    completedAt: null,
    closedAt: null,
    history: [{ type: 'started', at }],
  };
}
