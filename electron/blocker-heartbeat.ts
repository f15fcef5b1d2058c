import type { BlockerCommands } from '../shared/blockers/commands.ts';
import { HEARTBEAT_MS } from '../shared/blockers/clock.ts';
import type { ClockHint } from '../shared/blockers/heartbeat.ts';
import type { BlockerView } from '../shared/blockers/view.ts';
import { nodeTimer, type ArmTimer } from './timer.ts';

/**
 * What the shell needs of `powerMonitor`: Electron's own fits (main.ts passes it), and so does
 * the recorded fake. The events are hints — Linux often sends no suspend or resume at all
 * (electron#42050) and only macOS and Windows lock the screen with an event — so the
 * heartbeat's gap is what the clock relies on.
 */
export interface PowerEvents {
  on(event: PowerHint, listener: () => void): unknown;
}

type PowerHint = Exclude<ClockHint, 'user'>;
const POWER_HINTS = ['suspend', 'resume', 'lock-screen', 'unlock-screen'] as const satisfies readonly PowerHint[];


export interface BlockerHeartbeatDeps {
  journal: { readonly blockers: Pick<BlockerCommands, 'heartbeat'> };
  powerMonitor: PowerEvents;
  /** Shows that a blocker reached its threshold; the journal has already recorded that it did. */
  notify: (view: BlockerView) => void;
  armTimer?: ArmTimer;
  /** Where a failed heartbeat is told; the next one tries again. */
  report?: (error: unknown) => void;
}

export interface BlockerHeartbeat {
  /** Takes a last heartbeat, so quitting loses no counted time, and arms no more timers. */
  stop(): void;
}

/**
 * The blocker clock's one timer. Each heartbeat tells the journal that time passed (or what
 * powerMonitor said), shows a notification for each threshold the journal reports reached,
 * and arms the next heartbeat when the journal asks for it: in a minute, or sooner when a
 * threshold is due first. Timers stop while the machine sleeps; the journal tells that from
 * the gap between heartbeats.
 */
export function startBlockerHeartbeat({
  journal,
  powerMonitor,
  notify,
  armTimer = nodeTimer,
  report = (error) => console.error('Ownlog could not keep the blocker clock:', error),
}: BlockerHeartbeatDeps): BlockerHeartbeat {
  let cancel: () => void = () => undefined;
  let stopped = false;

  function beat(hint?: ClockHint): void {
    cancel();
    let nextBeatMs = HEARTBEAT_MS;
    try {
      const result = journal.blockers.heartbeat(hint);
      nextBeatMs = Math.min(result.nextBeatMs, HEARTBEAT_MS);
      for (const view of result.reached) {
        try {
          notify(view);
        } catch (error) {
          report(error);
        }
      }
    } catch (error) {
      report(error);
    }
    if (!stopped) cancel = armTimer(() => beat(), nextBeatMs);
  }

  for (const hint of POWER_HINTS) powerMonitor.on(hint, () => beat(hint));
  beat();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      beat();
    },
  };
}
