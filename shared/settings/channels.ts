import { z } from 'zod';
import { Settings } from '../domain/settings.ts';
import type { ChannelTable } from '../ipc/channel.ts';

export const settingsChannels = {
  'ownlog:settings-get': { request: z.strictObject({}), response: Settings },
  /** Some settings changed: checked with the rest as one whole, saved as one or not at all. */
  'ownlog:settings-save': { request: z.strictObject({ changes: z.record(z.string(), z.unknown()) }), response: Settings },
} as const satisfies ChannelTable;
