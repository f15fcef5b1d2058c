import type { z } from 'zod';
import { blockerChannels } from '../blockers/channels.ts';
import { checkInChannels } from '../checkin/channels.ts';
import { clipboardChannels } from '../clipboard/channels.ts';
import { commitmentChannels } from '../commitments/channels.ts';
import { decisionChannels } from '../decisions/channels.ts';
import { exportChannels, exportFileChannels } from '../export/channels.ts';
import { loopChannels } from '../loops/channels.ts';
import { settingsChannels } from '../settings/channels.ts';
import { statusChannels } from '../status/channels.ts';
import { storeChannels } from '../store/channels.ts';
import { assertDistinctChannels } from './channel.ts';

const slices = [
  commitmentChannels,
  loopChannels,
  storeChannels,
  settingsChannels,
  blockerChannels,
  clipboardChannels,
  checkInChannels,
  decisionChannels,
  statusChannels,
  exportChannels,
  exportFileChannels,
] as const;
assertDistinctChannels(...slices);

const table = {
  ...commitmentChannels,
  ...loopChannels,
  ...storeChannels,
  ...settingsChannels,
  ...blockerChannels,
  ...clipboardChannels,
  ...checkInChannels,
  ...decisionChannels,
  ...statusChannels,
  ...exportChannels,
  ...exportFileChannels,
} as const;

export type Channel = keyof typeof table;
export type RequestMap = { [C in Channel]: z.output<(typeof table)[C]['request']> };
export type RequestInputMap = { [C in Channel]: z.input<(typeof table)[C]['request']> };
export type ResponseMap = { [C in Channel]: z.output<(typeof table)[C]['response']> };

/**
 * The whole IPC contract: every channel the page may call, with its request and response
 * schemas. Each area owns its slice; this is the only place they meet.
 *
 * It is typed as a map from channel to schemas of that channel's own request and response, so
 * code generic over a channel (the router, the api) gets the types of that one channel
 * without casts (the "correlated union" pattern, microsoft/TypeScript#47109).
 */
export const contract: {
  [C in Channel]: { request: z.ZodType<RequestMap[C]>; response: z.ZodType<ResponseMap[C]> };
} = table;

/** Channels the shell answers itself, with Electron's help (the clipboard), not the journal. */
export type ShellChannel = keyof typeof clipboardChannels | keyof typeof exportFileChannels;

/** Every channel's handler. Shell handlers may answer later (Electron's clipboard is async). */
export type Handlers = { [C in Channel]: (request: RequestMap[C]) => ResponseMap[C] | Promise<ResponseMap[C]> };

/** The channels the journal itself answers: every one but the shell's. */
export type JournalChannel = Exclude<Channel, ShellChannel>;

/** What the journal answers, synchronously. */
export type JournalHandlers = { [C in JournalChannel]: (request: RequestMap[C]) => ResponseMap[C] };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
