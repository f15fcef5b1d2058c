import { z } from 'zod';
import { CheckIn, CheckInParts } from '../domain/checkin.ts';
import { LocalDay } from '../domain/local-day.ts';
import { IsoInstant } from '../domain/time.ts';
import { ExportDocumentSchema } from '../export/channels.ts';
import type { ChannelTable } from '../ipc/channel.ts';

export const checkInChannels = {
  /** Today's check-in: what was saved, and what the journal would pre-fill. */
  'ownlog:checkin-today': {
    request: z.strictObject({}),
    response: z.strictObject({ day: LocalDay, saved: CheckIn.nullable(), prefill: CheckInParts, previousDay: LocalDay.nullable() }),
  },
  'ownlog:checkin-save': { request: z.strictObject({ day: LocalDay, parts: CheckInParts }), response: CheckIn },
  'ownlog:checkin-list': { request: z.strictObject({ from: IsoInstant, to: IsoInstant }), response: z.array(CheckIn) },
  /** The check-ins of a period as a document, to export with the week's update. */
  'ownlog:checkin-document': { request: z.strictObject({ from: IsoInstant, to: IsoInstant }), response: ExportDocumentSchema },
} as const satisfies ChannelTable;
