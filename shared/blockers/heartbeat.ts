import type { Blocker, Heartbeat, SegmentEnd } from '../domain/blocker.ts';
import type { JournalContext } from '../journal-context.ts';
import {
  closeOpenSegment,
  elapsedMs,
  freshProgress,
  HEARTBEAT_MS,
  isoOf,
  openNewSegment,
  openSegmentOf,
  settle,
  thresholdMs,
  type Progress,
  type Reading,
} from './clock.ts';

/**
 * What the shell tells the clock besides "time passed": the machine is about to sleep or has
 * woken, the screen is locking or unlocked. Hints close and open segments sooner; the
 * heartbeat gap is what must work without them. 'user' means the user just acted in the app.
 */
export type ClockHint = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'user';

export interface Beat {
  now: Reading;
  /** Blockers whose threshold was reached by this beat, already recorded as notified. */
  reached: Blocker[];
  /** When the shell should take the next heartbeat: in a minute, or sooner for a threshold. */
  nextBeatMs: number;
}

/**
 * The blocker clock's state in this run of the app: each open segment's progress and
 * whether the screen is locked. The journal holds no timers; the shell calls `beat()`.
 */
export interface BlockerClock {
  read(): Reading;
  progress(id: string): Progress | undefined;
  elapsed(blocker: Blocker, now: Reading): number;
  /**
   * Brings every running blocker up to now: closes what cannot have counted, opens what should
   * count, records thresholds reached when `markThresholds` is set, and writes the heartbeat.
   */
  beat(hint: ClockHint | null, options?: { markThresholds?: boolean }): Beat;
  /** Remembers the progress of a segment a command has just opened (or forgets a closed one). */
  track(id: string, progress: Progress | undefined): void;
}

const SOONEST_BEAT_MS = 1000;

const STOPPING: Partial<Record<ClockHint, SegmentEnd>> = { suspend: 'suspended', 'lock-screen': 'locked' };

export function createBlockerClock(context: JournalContext, saved: Heartbeat | null): BlockerClock {
  const kept = new Map<string, Progress>();
  for (const [id, { from, ms }] of Object.entries(saved?.open ?? {})) {
    if (saved) kept.set(id, { from, ms, asOf: saved.at, at: null });
  }
  let heartbeatHasOpen = kept.size > 0;
  let locked = false;

  const read = (): Reading => ({ wall: context.clock.now().getTime(), monotonic: context.clock.monotonic() });

  function runningBlockers(): Blocker[] {
    const blockers: Blocker[] = [];
    for (const record of context.live.values()) {
      if (record.kind === 'blocker' && record.status !== 'resolved') blockers.push(record);
    }
    return blockers;
  }

  function nextBeatMs(now: Reading): number {
    let next = HEARTBEAT_MS;
    for (const blocker of runningBlockers()) {
      if (blocker.thresholdReachedAt !== null || blocker.raised !== null || !openSegmentOf(blocker)) continue;
      next = Math.min(next, thresholdMs(blocker) - elapsedMs(blocker, kept.get(blocker.id), now));
    }
    return Math.max(SOONEST_BEAT_MS, next);
  }

  function beat(hint: ClockHint | null, { markThresholds = false } = {}): Beat {
    const now = read();
    if (context.readOnly) return { now, reached: [], nextBeatMs: HEARTBEAT_MS };
    if (hint === 'lock-screen') locked = true;
    else if (hint !== null && hint !== 'suspend') locked = false;
    const stopping = hint === null ? undefined : STOPPING[hint];
    const at = isoOf(now);
    const reached: Blocker[] = [];
    const counting = new Map<string, Progress>();

    for (const record of runningBlockers()) {
      let { blocker, progress, changed } = settle(record, kept.get(record.id), now);
      if (blocker.status === 'running') {
        if (progress && stopping) {
          blocker = closeOpenSegment(blocker, at, progress.ms, stopping);
          progress = undefined;
          changed = true;
        } else if (!progress && !stopping && !locked) {
          blocker = openNewSegment(blocker, at);
          progress = freshProgress(at, now);
          changed = true;
        }
      }
      const blocked = elapsedMs(blocker, progress, now);
      if (markThresholds && blocker.thresholdReachedAt === null && blocker.raised === null && blocked >= thresholdMs(blocker)) {
        blocker = {
          ...blocker,
          thresholdReachedAt: at,
          history: [...blocker.history, { type: 'threshold-reached', at, blockedMs: blocked }],
        };
        reached.push(blocker);
        changed = true;
      }
      if (changed) {
        // On disk first, then in memory: a failed write leaves the record as it was.
        const updated = { ...blocker, updatedAt: at };
        context.store.putLive(updated);
        context.live.set(updated.id, updated);
      }
      if (progress) counting.set(record.id, progress);
    }
    // Only what counts now is kept: paused and resolved blockers drop out.
    kept.clear();
    for (const [id, progress] of counting) kept.set(id, progress);

    // Rewritten while anything counts, and once more when the last segment closes.
    if (kept.size > 0 || heartbeatHasOpen) {
      const open: Heartbeat['open'] = {};
      for (const [id, progress] of kept) open[id] = { from: progress.from, ms: progress.ms };
      context.store.writeHeartbeat({ at, open });
      heartbeatHasOpen = kept.size > 0;
    }
    return { now, reached, nextBeatMs: nextBeatMs(now) };
  }

  function track(id: string, progress: Progress | undefined): void {
    if (progress) kept.set(id, progress);
    else kept.delete(id);
  }

  return {
    read,
    progress: (id) => kept.get(id),
    elapsed: (blocker, now) => elapsedMs(blocker, kept.get(blocker.id), now),
    beat,
    track,
  };
}
