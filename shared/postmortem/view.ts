/**
 * What the postmortem channels answer, as schemas. Kept apart from what builds the answers,
 * because the contract (and so the preload) imports these and must stay small.
 */
import { z } from 'zod';
import { FactorCategory, Postmortem, Severity, StepId, TimelineEntry } from '../domain/postmortem.ts';
import { RecordId } from '../domain/record-id.ts';
import { IsoInstant } from '../domain/time.ts';

export const ActionItemView = z.strictObject({
  commitmentId: RecordId,
  title: z.string(),
  status: z.enum(['open', 'done', 'dropped', 'deleted']),
  due: IsoInstant.nullable(),
  promisedTo: z.string().nullable(),
  month: z.string().nullable(),
});

export const ActionProgress = z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });

/** A postmortem as the flow shows it: the record, and what the journal knows around it now. */
export const PostmortemView = z.strictObject({
  postmortem: Postmortem,
  actionItems: z.array(ActionItemView),
  progress: ActionProgress,
  /** Each step in order, with what it still needs (null when it has its content). */
  steps: z.array(z.strictObject({ step: StepId, missing: z.string().nullable() })),
  /** Every step has content and every open action item a date: it can be completed. */
  completable: z.boolean(),
  /** The ownership statement drafted from the postmortem as it is. */
  statementDraft: z.string(),
  /** What the journal recorded around the incident; the page offers those the timeline lacks. */
  offered: z.array(TimelineEntry),
  /** People the journal knows, for the blameless check to recognise by name. */
  people: z.array(z.string()),
  timeZone: z.string(),
});
export type PostmortemView = z.infer<typeof PostmortemView>;

/** One line of the library (and of the drafts in Open loops). */
export const PostmortemSummary = z.strictObject({
  id: RecordId,
  title: z.string(),
  status: z.enum(['draft', 'complete']),
  severity: Severity.nullable(),
  happenedAt: IsoInstant,
  updatedAt: IsoInstant,
  completedAt: IsoInstant.nullable(),
  step: StepId,
  progress: ActionProgress,
  /** How many of the eight steps still need something. */
  stepsLeft: z.number().int().nonnegative(),
});
export type PostmortemSummary = z.infer<typeof PostmortemSummary>;

/** How often a kind of contributing factor comes back, across every postmortem. */
export const FactorCount = z.strictObject({
  category: FactorCategory,
  /** Postmortems that name at least one factor of this kind. */
  postmortems: z.number().int().nonnegative(),
});

/** A factor named in more than one postmortem (told apart from its wording by stemming). */
export const RecurringFactor = z.strictObject({
  category: FactorCategory,
  /** The wording of its latest postmortem. */
  text: z.string(),
  postmortems: z.number().int().positive(),
});

export const PostmortemLibrary = z.strictObject({
  /** Newest first, by when it happened. */
  postmortems: z.array(PostmortemSummary),
  factors: z.array(FactorCount),
  recurring: z.array(RecurringFactor),
});
export type PostmortemLibrary = z.infer<typeof PostmortemLibrary>;

/** One search result: a postmortem, one of its lessons, or a resolved blocker's lesson. */
export const SearchHit = z.strictObject({
  kind: z.enum(['postmortem', 'lesson', 'blocker-lesson']),
  postmortemId: RecordId.nullable(),
  blockerId: RecordId.nullable(),
  /** The postmortem's title, or what the blocker was. */
  title: z.string(),
  /** The lesson, or the passage of the postmortem that matched. */
  text: z.string(),
  tags: z.array(z.string()),
  at: IsoInstant,
  /** The words of `text` that matched, to mark them. */
  words: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHit>;
