import type { HandlersFor } from '../ipc/channel.ts';
import { commitmentsIn, type JournalContext } from '../journal-context.ts';
import type { loopChannels } from './channels.ts';
import { openLoops } from './open-loops.ts';

export function loopHandlers(context: JournalContext): HandlersFor<typeof loopChannels> {
  return {
    'ownlog:loops-list': () => openLoops(commitmentsIn(context), context.clock.now()),
  };
}
