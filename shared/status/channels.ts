import { z } from 'zod';
import { RecordId } from '../domain/record-id.ts';
import { StatusUpdate, UPDATE_TEXT_MAX } from '../domain/status-update.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';
import { MONTH_KEY } from '../store/layout.ts';

const Id = z.strictObject({ id: RecordId });

export const statusChannels = {
  /** The draft for a day, a week, or any range ("since last Thursday"). */
  'ownlog:status-draft': {
    request: z.discriminatedUnion('cadence', [
      z.strictObject({ cadence: z.literal('daily'), at: IsoInstant.optional() }),
      z.strictObject({ cadence: z.literal('weekly'), at: IsoInstant.optional() }),
      z.strictObject({ cadence: z.literal('range'), from: IsoInstant, to: IsoInstant.optional() }),
    ]),
    response: StatusUpdate,
  },
  'ownlog:status-get': { request: Id.extend({ month: z.string().regex(MONTH_KEY).optional() }), response: StatusUpdate },
  'ownlog:status-edit': { request: Id.extend({ text: z.string().max(UPDATE_TEXT_MAX, 'That update is too long to keep.') }), response: StatusUpdate },
  'ownlog:status-regenerate': { request: Id.extend({ replaceEdits: z.boolean() }), response: StatusUpdate },
  'ownlog:status-mark-sent': { request: Id, response: StatusUpdate },
  'ownlog:status-delete': { request: Id, response: z.strictObject({ id: RecordId }) },
  /** "since last Thursday" → the start of last Thursday, for a range update. */
  'ownlog:status-parse-since': { request: z.strictObject({ text: z.string().max(200) }), response: z.strictObject({ from: IsoInstant.nullable() }) },
  'ownlog:status-list': {
    request: z.strictObject({}),
    response: z.strictObject({ unsent: z.array(StatusUpdate), sent: z.array(StatusUpdate) }),
  },
} as const satisfies ChannelTable;
