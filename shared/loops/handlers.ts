import type { HandlersFor } from '../ipc/channel.ts';
import type { JournalContext } from '../journal-context.ts';
import type { loopChannels } from './channels.ts';
import { openLoops } from './open-loops.ts';

export function loopHandlers(context: JournalContext): HandlersFor<typeof loopChannels> {
  return {
    'ownlog:loops-list': () => openLoops(context.live.values(), context.clock.now()),
  };
}
