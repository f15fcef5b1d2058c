import type { Settings } from '../domain/settings.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import { postmortemLoops } from '../postmortem/loops.ts';
import type { loopChannels } from './channels.ts';
import { loopsView, openLoops, type CommitmentLoop, type LoopFilter, type LoopsView, type PostmortemLoop } from './open-loops.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Views kept for the filters asked lately (typing in the filter asks for one a key). */
const VIEWS_KEPT = 8;

/**
 * The first moment after `now` at which a loop's risk can change on its own: a due time
 * passing, a due time coming within the due-soon window, a loop or a draft starting to age.
 */
function nextRiskChange(loops: readonly CommitmentLoop[], drafts: readonly PostmortemLoop[], now: number, settings: Settings): number {
  let next = Number.POSITIVE_INFINITY;
  const consider = (at: number) => {
    if (at > now && at < next) next = at;
  };
  for (const { commitment } of loops) {
    if (commitment.due !== null) {
      const due = Date.parse(commitment.due);
      consider(due);
      consider(due - settings.dueSoonHours * HOUR);
    }
    consider(Date.parse(commitment.updatedAt) + settings.agingDays * DAY);
  }
  for (const { postmortem } of drafts) consider(Date.parse(postmortem.updatedAt) + settings.agingDays * DAY);
  return next;
}

/**
 * Open loops, cached: the sorted list is computed once and kept while no open record and no
 * setting changed and no loop's risk can have changed with time; each filter's view of it is
 * kept too. Any change to the open records (every command that changes the journal) makes
 * the next ask compute it again.
 */
export function loopHandlers(context: JournalContext): HandlersFor<typeof loopChannels> {
  let base: { revision: number; settings: Settings; until: number; loops: CommitmentLoop[]; drafts: PostmortemLoop[] } | null = null;
  const views = new Map<string, LoopsView>();

  function current(): NonNullable<typeof base> {
    const now = context.clock.now();
    const nowMs = now.getTime();
    if (base?.revision === context.live.revision && base.settings === context.settings && nowMs < base.until) return base;
    const loops = openLoops(ofKind(context.live.values(), 'commitment'), now, context.settings);
    const drafts = postmortemLoops(context, context.settings);
    base = { revision: context.live.revision, settings: context.settings, until: nextRiskChange(loops, drafts, nowMs, context.settings), loops, drafts };
    views.clear();
    return base;
  }

  function view(filter: LoopFilter): LoopsView {
    const { loops, drafts } = current();
    const key = JSON.stringify([filter.person ?? '', filter.source ?? '', filter.text ?? '']);
    let made = views.get(key);
    if (!made) {
      made = loopsView(loops, filter, drafts);
      if (views.size >= VIEWS_KEPT) views.delete(views.keys().next().value ?? key);
      views.set(key, made);
    }
    return made;
  }

  return { 'ownlog:loops-list': view };
}
