import { z } from 'zod';
import { Commitment, OwnershipLevel, Person, ScopeDecision, Source, Title } from '../domain/commitment.ts';
import { RecordId } from '../domain/record-id.ts';
import { IsoInstant } from '../domain/time.ts';
import { CaptureLine, CapturePartKind, ParsedCapture } from '../capture/channels.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { MONTH_KEY } from '../store/layout.ts';
import { ClosedQuery } from './closed.ts';

const Id = z.strictObject({ id: RecordId });
const Month = z.string().regex(MONTH_KEY, 'Not a month like 2026-11.');

export const OverCapacity = z.strictObject({
  load: z.number().int(),
  capacity: z.number().int(),
  withinWorkdays: z.number().int(),
  deprioritize: z.strictObject({ id: RecordId, title: z.string(), promisedTo: z.string().nullable() }).nullable(),
  reply: z.string(),
});

const Capture = CaptureLine.extend({
  ignore: z.array(CapturePartKind).max(3).optional(),
  takeOnAnyway: z.boolean().optional(),
});

const Draft = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('renegotiate'), id: RecordId, due: IsoInstant }),
  z.strictObject({ kind: z.literal('drop'), id: RecordId }),
  z.strictObject({
    kind: z.literal('scope'),
    id: RecordId,
    what: z.string().max(500),
    costDays: z.number().positive().max(365),
    whyNow: z.string().max(5000),
  }),
]);

const ChecklistAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('use-template') }),
  z.strictObject({ kind: z.literal('add'), item: z.string().trim().min(1, 'Name the checklist item.').max(200) }),
  z.strictObject({ kind: z.literal('toggle'), index: z.number().int().nonnegative() }),
  z.strictObject({ kind: z.literal('remove'), index: z.number().int().nonnegative() }),
]);

export const commitmentChannels = {
  /** What the line would become, and whether it exceeds capacity: the live preview. */
  'ownlog:commitment-preview': {
    request: Capture.omit({ takeOnAnyway: true }),
    response: z.strictObject({ parsed: ParsedCapture, overCapacity: OverCapacity.nullable() }),
  },
  'ownlog:commitment-capture': { request: Capture, response: Commitment },
  /** Only a due date: "Friday 10am" typed when renegotiating. */
  'ownlog:commitment-parse-due': {
    request: z.strictObject({ text: z.string().max(200) }),
    response: z.strictObject({ due: IsoInstant.nullable() }),
  },
  'ownlog:commitment-get': {
    request: z.strictObject({ id: RecordId, month: Month.optional() }),
    response: Commitment,
  },
  'ownlog:commitment-edit': {
    request: z.strictObject({
      id: RecordId,
      changes: z
        .strictObject({
          title: Title.optional(),
          promisedTo: Person.nullable().optional(),
          due: IsoInstant.nullable().optional(),
          source: Source.nullable().optional(),
          notes: z.string().max(20_000).optional(),
          ownership: OwnershipLevel.optional(),
        })
        .refine((changes) => Object.keys(changes).length > 0, 'Change at least one field.'),
    }),
    response: Commitment,
  },
  'ownlog:commitment-close-done': {
    request: Id.extend({ skipChecklist: z.boolean().optional() }),
    response: Commitment,
  },
  'ownlog:commitment-drop': {
    request: Id.extend({ note: z.string().max(5000) }),
    response: Commitment,
  },
  'ownlog:commitment-undo-close': { request: Id, response: Commitment },
  'ownlog:commitment-reopen': { request: Id.extend({ month: Month }), response: Commitment },
  /** A line captured by mistake: gone for good, not a drop. */
  'ownlog:commitment-delete': {
    request: Id.extend({ month: Month.optional() }),
    response: z.strictObject({ id: RecordId }),
  },
  'ownlog:commitment-renegotiate': {
    request: Id.extend({ due: IsoInstant, message: z.string().max(5000) }),
    response: Commitment,
  },
  'ownlog:commitment-draft': { request: Draft, response: z.strictObject({ text: z.string() }) },
  'ownlog:commitment-checklist': { request: Id.extend({ action: ChecklistAction }), response: Commitment },
  'ownlog:commitment-scope-add': {
    request: Id.extend({
      what: z.string().max(500),
      costDays: z.number().positive('The cost must be more than 0 days.').max(365),
      whyNow: z.string().max(5000),
      message: z.string().max(5000),
    }),
    response: Commitment,
  },
  'ownlog:commitment-scope-decide': {
    request: Id.extend({ scopeId: RecordId, decision: ScopeDecision }),
    response: Commitment,
  },
  /** Closed commitments in a period, by text, person and ending: reads only that period. */
  'ownlog:commitment-closed': { request: ClosedQuery, response: z.array(Commitment) },
} as const satisfies ChannelTable;
