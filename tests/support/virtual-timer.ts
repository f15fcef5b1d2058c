import type { ArmTimer } from '../../electron/timer.ts';
import type { VirtualClock } from './virtual-clock.ts';

/** The shell's one-shot timer on a virtual clock: tests see how long it waits and fire it by hand. */
export function virtualTimer(clock: VirtualClock) {
  let armed: { callback: () => void; ms: number; due: number } | null = null;
  const arm: ArmTimer = (callback, ms) => {
    const timer = { callback, ms, due: clock.monotonic() + ms };
    armed = timer;
    return () => {
      if (armed === timer) armed = null;
    };
  };
  return {
    arm,
    /** How long the armed timer waits, or null when none is armed. */
    armedMs: () => armed?.ms ?? null,
    /** Lets the machine run until the timer fires (timers count awake time, as Node's do). */
    fire(): void {
      const timer = armed;
      if (!timer) throw new Error('no timer is armed');
      armed = null;
      clock.advance(Math.max(0, timer.due - clock.monotonic()));
      timer.callback();
    },
  };
}
