import type { Settings } from '../domain/settings.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import type { PostmortemLoop } from '../loops/open-loops.ts';
import { postmortemSummary } from './build-view.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Postmortem drafts as open loops, the one touched longest ago first: a draft left for days is
 * aging, the kind of loop that erodes trust silently.
 */
export function postmortemLoops(context: JournalContext, settings: Pick<Settings, 'agingDays'>): PostmortemLoop[] {
  const nowMs = context.clock.now().getTime();
  return ofKind(context.live.values(), 'postmortem')
    .filter((postmortem) => postmortem.status === 'draft')
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((postmortem) => ({
      kind: 'postmortem',
      risk: nowMs - Date.parse(postmortem.updatedAt) >= settings.agingDays * DAY ? 'aging' : 'undated',
      postmortem: postmortemSummary(context, postmortem),
    }));
}
