import type { Blocker, Segment, SegmentEnd } from '../domain/blocker.ts';
import { toIso, type IsoInstant } from '../domain/time.ts';

/**
 * The blocker clock as pure functions of recorded segments and a reading of "now".
 *
 * Time is counted only from differences of monotonic readings taken in one run of the app,
 * never from the wall clock, so a manual change or an NTP jump of the wall clock adds and
 * removes nothing. On Linux and macOS the monotonic clock stands still while the machine
 * sleeps, so sleep adds nothing either — with or without a suspend event (electron#42050: the
 * events are unreliable). A monotonic difference far longer than the heartbeat interval is a
 * gap (a clock that counts sleep, a process stopped or frozen): nothing of it is counted and
 * the segment closes at the last heartbeat. A new run of the app cannot compare its monotonic
 * readings with the last run's, so a segment left open by an earlier run closes at that run's
 * last heartbeat, which is at most a minute old.
 */

/** How often the shell takes a heartbeat while a blocker runs. */
export const HEARTBEAT_MS = 60_000;

/** A monotonic difference longer than this between two heartbeats is a gap, not counted. */
export const GAP_MS = 150_000;

export const MINUTE_MS = 60_000;

/** One look at the clocks: the wall clock for labels, the monotonic clock for counting. */
export interface Reading {
  wall: number;
  monotonic: number;
}

/**
 * How far an open segment has counted: `ms` as of `asOf`. When `at` is the reading taken at
 * `asOf` in this run, counting continues from it; when `at` is null, `ms` was counted by an
 * earlier run of the app, which ended after `asOf`: nothing more can be added to it.
 */
export interface Progress {
  from: IsoInstant;
  ms: number;
  asOf: IsoInstant;
  at: Reading | null;
}

export function isoOf(reading: Reading): IsoInstant {
  return toIso(new Date(reading.wall));
}

/** Awake milliseconds between two readings of this run, or null when they are a gap. */
export function awakeBetween(from: Reading, to: Reading): number | null {
  const difference = to.monotonic - from.monotonic;
  return difference >= 0 && difference <= GAP_MS ? Math.round(difference) : null;
}

export function openSegmentOf(blocker: Pick<Blocker, 'segments'>): Segment | undefined {
  const last = blocker.segments.at(-1);
  return last?.to === null ? last : undefined;
}

/** The open segment's progress: the one kept for it, or what its record says. */
export function progressOf(open: Segment, kept: Progress | undefined): Progress {
  return kept?.from === open.from ? kept : { from: open.from, ms: open.ms, asOf: open.from, at: null };
}

/** What an open segment has counted by `now`. */
export function countedBy(progress: Progress, now: Reading): number {
  if (progress.at === null) return progress.ms;
  return progress.ms + (awakeBetween(progress.at, now) ?? 0);
}

/** Blocked time: every closed segment, and the open one as far as it has counted by `now`. */
export function elapsedMs(blocker: Pick<Blocker, 'segments'>, kept: Progress | undefined, now: Reading): number {
  let total = 0;
  for (const segment of blocker.segments) if (segment.to !== null) total += segment.ms;
  const open = openSegmentOf(blocker);
  return open ? total + countedBy(progressOf(open, kept), now) : total;
}

export function thresholdMs(blocker: Pick<Blocker, 'thresholdMinutes'>): number {
  return blocker.thresholdMinutes * MINUTE_MS;
}

export function closeOpenSegment(blocker: Blocker, at: IsoInstant, ms: number, end: SegmentEnd): Blocker {
  const open = openSegmentOf(blocker);
  if (!open) return blocker;
  return { ...blocker, segments: [...blocker.segments.slice(0, -1), { ...open, to: at, ms, end }] };
}

export function openNewSegment(blocker: Blocker, at: IsoInstant): Blocker {
  if (openSegmentOf(blocker)) return blocker;
  return { ...blocker, segments: [...blocker.segments, { from: at, to: null, ms: 0, end: null }] };
}

export interface Settled {
  blocker: Blocker;
  /** The open segment's progress as of `now`, or undefined when no segment is open. */
  progress: Progress | undefined;
  /** Whether the record changed (a segment closed) and must be written. */
  changed: boolean;
}

/**
 * Brings a blocker's clock up to `now`. Its open segment keeps counting when the readings
 * allow it; when they do not — the run that counted it has ended, or the readings are a gap —
 * it closes at its last heartbeat with what it had counted by then.
 */
export function settle(blocker: Blocker, kept: Progress | undefined, now: Reading): Settled {
  const open = openSegmentOf(blocker);
  if (!open) return { blocker, progress: undefined, changed: false };
  const progress = progressOf(open, kept);
  const awake = progress.at === null ? null : awakeBetween(progress.at, now);
  if (awake === null) {
    const end: SegmentEnd = progress.at === null ? 'stopped' : 'gap';
    return { blocker: closeOpenSegment(blocker, progress.asOf, progress.ms, end), progress: undefined, changed: true };
  }
  return { blocker, progress: { from: progress.from, ms: progress.ms + awake, asOf: isoOf(now), at: now }, changed: false };
}

/** A segment that starts counting at `now`. */
export function freshProgress(from: IsoInstant, now: Reading): Progress {
  return { from, ms: 0, asOf: from, at: now };
}
