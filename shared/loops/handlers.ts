import type { HandlersFor } from '../ipc/channel.ts';
import type { JournalContext } from '../journal-context.ts';
import type { loopChannels } from './channels.ts';
import { loopsView, openLoops } from './open-loops.ts';

export function loopHandlers(context: JournalContext): HandlersFor<typeof loopChannels> {
  return {
    'ownlog:loops-list': (filter) => loopsView(openLoops(commitmentsIn(context), context.clock.now(), context.settings), filter),
  };
}

function* commitmentsIn(context: JournalContext) {
  for (const record of context.live.values()) if (record.kind === 'commitment') yield record;
}
