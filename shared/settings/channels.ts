import { z } from 'zod';
import { Settings } from '../domain/settings.ts';
import type { ChannelTable } from '../ipc/channel.ts';

export const settingsChannels = {
  'ownlog:settings-get': { request: z.strictObject({}), response: Settings },
  /** The whole settings object: checked as one, saved as one. */
  'ownlog:settings-save': { request: z.strictObject({ settings: z.unknown() }), response: Settings },
} as const satisfies ChannelTable;
