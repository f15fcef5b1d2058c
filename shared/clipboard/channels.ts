import { z } from 'zod';
import type { ChannelTable } from '../ipc/channel.ts';

/** A help request or a status update can be long; anything longer is not a message. */
export const CLIPBOARD_TEXT_MAX = 300_000;

/**
 * Copying goes through the main process, because the hardened windows deny the page its own
 * clipboard permission. The shell answers this channel, not the journal.
 */
export const clipboardChannels = {
  'ownlog:clipboard-write-text': {
    request: z.strictObject({ text: z.string().min(1, 'There is nothing to copy.').max(CLIPBOARD_TEXT_MAX, 'That is too long to copy.') }),
    response: z.strictObject({}),
  },
} as const satisfies ChannelTable;
