import { z } from 'zod';
import type { ChannelTable } from '../ipc/channel.ts';
import { StoreNotice } from './port.ts';

export const storeChannels = {
  /** What the store found wrong on load (files moved aside, records it could not read). */
  'ownlog:journal-notices': { request: z.strictObject({}), response: z.array(StoreNotice) },
} as const satisfies ChannelTable;
