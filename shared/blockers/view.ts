import { z } from 'zod';
import { Blocker, ThresholdMinutes } from '../domain/blocker.ts';
import { IsoInstant } from '../domain/time.ts';
import { elapsedMs, isoOf, openSegmentOf, thresholdMs, type Progress, type Reading } from './clock.ts';
import { draftHelpRequest, HelpRequestDraft } from './help-request.ts';

/** A blocker as the page and the shell show it: the record, and its clock read now. */
export const BlockerView = z.strictObject({
  blocker: Blocker,
  elapsedMs: z.number().int().nonnegative(),
  /** Counting right now: running, and the machine awake with the app running. */
  counting: z.boolean(),
  /** Blocked for at least its threshold and not raised yet: time to ask for help. */
  shouldRaise: z.boolean(),
  draft: HelpRequestDraft,
  /** When the clock was read, and the zone times are shown in (the user's zone now, which can change). */
  readAt: IsoInstant,
  timeZone: z.string(),
});
export type BlockerView = z.infer<typeof BlockerView>;

export const BlockerList = z.strictObject({
  blockers: z.array(BlockerView),
  /** The threshold a new blocker gets unless the user gives another (settings). */
  defaultThresholdMinutes: ThresholdMinutes,
});
export type BlockerList = z.infer<typeof BlockerList>;

export function viewOf(blocker: Blocker, progress: Progress | undefined, now: Reading, timeZone: string): BlockerView {
  const elapsed = elapsedMs(blocker, progress, now);
  const open = openSegmentOf(blocker);
  return {
    blocker,
    elapsedMs: elapsed,
    counting: open !== undefined && progress?.from === open.from && progress.at !== null,
    shouldRaise: blocker.status !== 'resolved' && blocker.raised === null && elapsed >= thresholdMs(blocker),
    draft: draftHelpRequest(blocker),
    readAt: isoOf(now),
    timeZone,
  };
}

/** Those to raise first, then the longest blocked: the order they are pinned in. */
export function byUrgency(a: BlockerView, b: BlockerView): number {
  return Number(b.shouldRaise) - Number(a.shouldRaise) || b.elapsedMs - a.elapsedMs || a.blocker.createdAt.localeCompare(b.blocker.createdAt);
}
