import { z } from 'zod';
import { IsoInstant } from './time.ts';
import { RecordId } from './record-id.ts';

export const CommitmentStatus = z.enum(['open', 'done', 'dropped']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const TITLE_MAX = 500;
export const PERSON_MAX = 120;
export const SOURCE_MAX = 40;
export const NOTE_MAX = 20_000;
export const MESSAGE_MAX = 5_000;

export const Title = z.string().trim().min(1, 'Say what you promised.').max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`);
export const Person = z.string().trim().min(1).max(PERSON_MAX, `Keep the name under ${PERSON_MAX} characters.`);
export const Source = z
  .string()
  .trim()
  .min(1)
  .max(SOURCE_MAX)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'A source is one word, like meeting, chat or review.');
/** A message to the person, or a note for the record: something the user wrote and must keep. */
export const Message = (what: string) =>
  z.string().trim().min(1, `Write ${what}.`).max(MESSAGE_MAX, `Keep ${what} under ${MESSAGE_MAX} characters.`);

/** Ownership level 1–5; what each means is in ownership.ts. */
export const OwnershipLevel = z.number().int().min(1, 'Ownership is a level from 1 to 5.').max(5, 'Ownership is a level from 1 to 5.');
export type OwnershipLevel = z.infer<typeof OwnershipLevel>;

/** An item of the "definition of shipped": tests, monitoring, an alert, a runbook… */
export const ChecklistItem = z.strictObject({
  item: z.string().trim().min(1).max(200),
  checked: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ScopeDecision = z.enum(['proceed', 'defer', 'decline']);
export type ScopeDecision = z.infer<typeof ScopeDecision>;

/** Extra work discovered on a commitment: a separate decision, with its cost. */
export const ScopeChange = z.strictObject({
  id: RecordId,
  at: IsoInstant,
  what: z.string().trim().min(1).max(TITLE_MAX),
  costDays: z.number().positive().max(365),
  whyNow: z.string().trim().max(MESSAGE_MAX),
  /** The message asking whether to proceed, as the user last edited it. */
  message: z.string().max(MESSAGE_MAX),
  decision: z
    .strictObject({
      at: IsoInstant,
      kind: ScopeDecision,
      /** For "defer": the commitment the extra work became. */
      commitmentId: RecordId.nullable(),
    })
    .nullable(),
});
export type ScopeChange = z.infer<typeof ScopeChange>;

export const EditableField = z.enum(['title', 'promisedTo', 'due', 'source', 'notes', 'ownership', 'checklist']);
export type EditableField = z.infer<typeof EditableField>;

/** One entry of a commitment's history: every change is kept with its time. */
export const CommitmentEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('captured'),
    at: IsoInstant,
    /** Taken on although the user's open load was at capacity: their choice, recorded. */
    overCapacity: z.strictObject({ load: z.number().int(), capacity: z.number().int() }).optional(),
  }),
  z.strictObject({
    type: z.literal('status'),
    at: IsoInstant,
    from: CommitmentStatus,
    to: CommitmentStatus,
    /** Dropping: the note to the person it was promised to. */
    note: z.string().max(MESSAGE_MAX).optional(),
    /** Done with items of the shipping checklist unchecked, confirmed by the user. */
    skipped: z.array(z.string()).optional(),
  }),
  z.strictObject({
    type: z.literal('renegotiated'),
    at: IsoInstant,
    from: IsoInstant.nullable(),
    to: IsoInstant,
    message: z.string().max(MESSAGE_MAX),
    /** Asked before the old due date passed, or after: recorded honestly either way. */
    timing: z.enum(['on-time', 'late']),
  }),
  z.strictObject({
    type: z.literal('edited'),
    at: IsoInstant,
    field: EditableField,
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  z.strictObject({
    type: z.literal('scope'),
    at: IsoInstant,
    scopeId: RecordId,
    change: z.enum(['found', 'proceed', 'defer', 'decline']),
  }),
]);
export type CommitmentEvent = z.infer<typeof CommitmentEvent>;

export const Commitment = z.strictObject({
  kind: z.literal('commitment'),
  id: RecordId,
  title: Title,
  /** The person or team it was promised to, if any. */
  promisedTo: Person.nullable(),
  due: IsoInstant.nullable(),
  /** Where it was promised: meeting, chat, review, postmortem… */
  source: Source.nullable(),
  /** The line exactly as the user typed it, so nothing they wrote is lost to the parser. */
  captured: z.string().max(2000),
  status: CommitmentStatus,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  closedAt: IsoInstant.nullable(),
  // Fields added after the first layout default on load, so older files read as they are.
  notes: z.string().max(NOTE_MAX).default(''),
  ownership: OwnershipLevel.default(3),
  checklist: z.array(ChecklistItem).max(50).default([]),
  scopeChanges: z.array(ScopeChange).max(200).default([]),
  history: z.array(CommitmentEvent).min(1),
});
export type Commitment = z.infer<typeof Commitment>;
