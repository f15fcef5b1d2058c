import type { Clock, IdSource } from '../../shared/ports.ts';

/**
 * A clock tests step by hand. The wall clock and the monotonic reading move together when
 * time passes, and apart when the wall clock is set (a manual change, an NTP jump) or the
 * machine sleeps.
 */
export class VirtualClock implements Clock {
  #wall: number;
  #monotonic = 1_000_000;
  #zone: string;

  constructor(start: string, timeZone = 'Europe/Berlin') {
    this.#wall = Date.parse(start);
    if (Number.isNaN(this.#wall)) throw new Error(`Not an instant: ${start}`);
    this.#zone = timeZone;
  }

  now(): Date {
    return new Date(this.#wall);
  }

  monotonic(): number {
    return this.#monotonic;
  }

  timeZone(): string {
    return this.#zone;
  }

  /** Time passes while the machine is awake. */
  advance(ms: number): void {
    this.#wall += ms;
    this.#monotonic += ms;
  }

  /**
   * The machine sleeps: the wall clock moves on, the monotonic clock stands still — as
   * CLOCK_MONOTONIC on Linux and mach_absolute_time on macOS do, which Node's performance.now()
   * reads. (Where a monotonic clock counts sleep, `advance` without heartbeats models it.)
   */
  sleep(ms: number): void {
    this.#wall += ms;
  }

  /** The wall clock is set to another time; no time passes. */
  setWall(instant: string): void {
    this.#wall = Date.parse(instant);
  }

  setTimeZone(zone: string): void {
    this.#zone = zone;
  }
}

/** Ids in the order they are made: "rec-0001", "rec-0002", … */
export function sequentialIds(prefix = 'rec'): IdSource {
  let next = 0;
  return { next: () => `${prefix}-${String((next += 1)).padStart(4, '0')}` };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
