import { z } from 'zod';
import { PERSON_MAX, TITLE_MAX } from '../domain/commitment.ts';
import { Postmortem, PostmortemOrigin, StepId } from '../domain/postmortem.ts';
import { RecordId } from '../domain/record-id.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { PostmortemLibrary, PostmortemView, SearchHit } from './view.ts';

function required(label: string, max: number) {
  return z
    .string()
    .max(max, `Keep ${label} under ${String(max)} characters.`)
    .refine((text) => text.trim().length > 0, `Say ${label}.`);
}

const ById = z.strictObject({ id: RecordId });

export const StartPostmortem = z.strictObject({
  title: required('what went wrong', TITLE_MAX),
  happenedAt: IsoInstant,
  origin: PostmortemOrigin.nullable().optional(),
});

/** The parts of a postmortem the steps edit; those left out stay as they are. */
export const PostmortemChanges = Postmortem.pick({
  title: true,
  happenedAt: true,
  detectedAt: true,
  acknowledgedAt: true,
  impact: true,
  statement: true,
  timeline: true,
  whys: true,
  factors: true,
  resolution: true,
  lucky: true,
  lessons: true,
}).partial();

export const SavePostmortem = z.strictObject({
  id: RecordId,
  changes: PostmortemChanges,
  /** The step the user moves to: where the flow resumes next time. */
  step: StepId.optional(),
});

export const RecordTold = z.strictObject({
  id: RecordId,
  who: required('who you told', PERSON_MAX),
  /** When; now when left out. */
  at: IsoInstant.optional(),
  /** The ownership statement as sent, or null when they were told another way. */
  statement: z.string().max(5000).nullable(),
});

export const AddActionItem = z.strictObject({
  id: RecordId,
  title: required('what will be done', TITLE_MAX),
  due: IsoInstant.nullable(),
  promisedTo: z.string().max(PERSON_MAX, `Keep the name under ${String(PERSON_MAX)} characters.`).nullable(),
});

export const postmortemChannels = {
  'ownlog:postmortem-start': { request: StartPostmortem, response: PostmortemView },
  'ownlog:postmortem-get': { request: ById, response: PostmortemView },
  /** Saves a step as a draft (on every move between steps). */
  'ownlog:postmortem-save': { request: SavePostmortem, response: PostmortemView },
  /** Records who was told and when, and the statement exactly as sent. */
  'ownlog:postmortem-tell': { request: RecordTold, response: PostmortemView },
  /** An action item: a new commitment (source "postmortem") linked to the postmortem. */
  'ownlog:postmortem-action-add': { request: AddActionItem, response: PostmortemView },
  'ownlog:postmortem-complete': { request: ById, response: PostmortemView },
  /** Deletes a postmortem started by mistake; its action items stay commitments. */
  'ownlog:postmortem-delete': { request: ById, response: z.strictObject({ id: RecordId }) },
  'ownlog:postmortem-library': { request: z.strictObject({}), response: PostmortemLibrary },
  /** Postmortems, their lessons and resolved blockers' lessons, by words (stemmed). */
  'ownlog:postmortem-search': {
    request: z.strictObject({ text: z.string().max(200, 'Search for at most 200 characters.') }),
    response: z.strictObject({ hits: z.array(SearchHit) }),
  },
} as const satisfies ChannelTable;

export type StartPostmortem = z.output<typeof StartPostmortem>;
export type SavePostmortem = z.output<typeof SavePostmortem>;
export type RecordTold = z.output<typeof RecordTold>;
export type AddActionItem = z.output<typeof AddActionItem>;
