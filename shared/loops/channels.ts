import type { ChannelTable } from '../ipc/channel.ts';
import { LoopFilter, LoopsView } from './open-loops.ts';

export const loopChannels = {
  'ownlog:loops-list': { request: LoopFilter, response: LoopsView },
} as const satisfies ChannelTable;
