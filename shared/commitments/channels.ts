import { z } from 'zod';
import { Commitment } from '../domain/commitment.ts';
import { RecordId } from '../domain/record-id.ts';
import { CaptureLine, ParsedCapture } from '../capture/channels.ts';
import type { ChannelTable } from '../ipc/channel.ts';

export const commitmentChannels = {
  /** What the line would become, for the live preview under the capture line. */
  'ownlog:commitment-preview': { request: CaptureLine, response: ParsedCapture },
  'ownlog:commitment-capture': { request: CaptureLine, response: Commitment },
  'ownlog:commitment-close-done': {
    request: z.strictObject({ id: RecordId }),
    response: Commitment,
  },
} as const satisfies ChannelTable;
