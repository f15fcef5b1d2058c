import type { z } from 'zod';
import { blockerChannels } from '../blockers/channels.ts';
import { bragChannels } from '../brag/channels.ts';
import { checkInChannels } from '../checkin/channels.ts';
import { clipboardChannels } from '../clipboard/channels.ts';
import { commitmentChannels } from '../commitments/channels.ts';
import { dataChannels, dataFileChannels } from '../data/channels.ts';
import { decisionChannels } from '../decisions/channels.ts';
import { exportChannels, exportFileChannels } from '../export/channels.ts';
import { gitReadChannels, gitSettingsChannels } from '../git/channels.ts';
import { ledgerChannels } from '../ledger/channels.ts';
import { loopChannels } from '../loops/channels.ts';
import { postmortemChannels } from '../postmortem/channels.ts';
import { settingsChannels } from '../settings/channels.ts';
import { shellChannels } from '../shell/channels.ts';
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
  shellChannels,
  postmortemChannels,
  dataChannels,
  dataFileChannels,
  ledgerChannels,
  gitReadChannels,
  gitSettingsChannels,
  bragChannels,
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
  ...shellChannels,
  ...postmortemChannels,
  ...dataChannels,
  ...dataFileChannels,
  ...ledgerChannels,
  ...gitReadChannels,
  ...gitSettingsChannels,
  ...bragChannels,
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

/** Channels the shell answers itself, with Electron's help (the clipboard, file dialogs, windows), not the journal. */
export type ShellChannel = keyof typeof clipboardChannels | keyof typeof exportFileChannels | keyof typeof shellChannels | keyof typeof dataFileChannels;

/** Every channel's handler. Shell handlers may answer later (Electron's clipboard is async). */
export type Handlers = { [C in Channel]: (request: RequestMap[C]) => ResponseMap[C] | Promise<ResponseMap[C]> };

/** The channels the journal itself answers: every one but the shell's. */
export type JournalChannel = Exclude<Channel, ShellChannel>;

/**
 * Channels the journal answers later, with a promise: reading git runs a process, and the main
 * process must not wait for it.
 */
export type AsyncJournalChannel = keyof typeof gitReadChannels;

/** The channels the journal answers at once. */
export type SyncJournalChannel = Exclude<JournalChannel, AsyncJournalChannel>;

export type SyncJournalHandlers = { [C in SyncJournalChannel]: (request: RequestMap[C]) => ResponseMap[C] };

/** What the journal answers: at once, but for the few channels that wait on a process. */
export type JournalHandlers = SyncJournalHandlers & { [C in AsyncJournalChannel]: (request: RequestMap[C]) => Promise<ResponseMap[C]> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
