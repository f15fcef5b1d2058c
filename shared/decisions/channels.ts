import { z } from 'zod';
import { Decision } from '../domain/decision.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';

export const decisionChannels = {
  'ownlog:decision-record': {
    request: z.strictObject({
      what: z.string().max(1000),
      why: z.string().max(5000),
      decidedAt: IsoInstant.optional(),
    }),
    response: Decision,
  },
  'ownlog:decision-list': { request: z.strictObject({ from: IsoInstant, to: IsoInstant }), response: z.array(Decision) },
} as const satisfies ChannelTable;
