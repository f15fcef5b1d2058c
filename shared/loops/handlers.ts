import type { HandlersFor } from '../ipc/channel.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import { postmortemLoops } from '../postmortem/loops.ts';
import type { loopChannels } from './channels.ts';
import { loopsView, openLoops } from './open-loops.ts';

export function loopHandlers(context: JournalContext): HandlersFor<typeof loopChannels> {
  return {
    'ownlog:loops-list': (filter) =>
      loopsView(openLoops(ofKind(context.live.values(), 'commitment'), context.clock.now(), context.settings), filter, postmortemLoops(context, context.settings)),
  };
}
