import { z } from 'zod';
import type { ChannelTable } from '../ipc/channel.ts';
import { OpenLoop } from './open-loops.ts';

export const loopChannels = {
  'ownlog:loops-list': { request: z.strictObject({}), response: z.array(OpenLoop) },
} as const satisfies ChannelTable;
