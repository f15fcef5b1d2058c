import type { Journal } from '../shared/journal.ts';
import type { Notify } from './notifications.ts';
import { nodeTimer, type ArmTimer } from './timer.ts';

/** What reminders need of `powerMonitor`: a hint to look again after the machine wakes. */
export interface WakeEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface RemindersDeps {
  journal: Pick<Journal, 'dueReminders'>;
  powerMonitor: WakeEvents;
  notify: Notify;
  /** Opens the check-in window; `inactive` when it opens by itself, so it never takes the focus. */
  openCheckIn: (options: { inactive: boolean }) => void;
  now: () => Date;
  armTimer?: ArmTimer;
  report?: (error: unknown) => void;
}

/** Looks again at least this often: timers stop while the machine sleeps. */
export const RECHECK_MS = 60_000;

/**
 * The reminders' one timer: asks the journal what is due (the journal records each as shown
 * before saying so, so none comes twice), shows it, and sleeps until the next one is due or a
 * minute has passed — whichever comes first — or the machine wakes.
 */
export function startReminders({ journal, powerMonitor, notify, openCheckIn, now, armTimer = nodeTimer, report = (error) => console.error('Ownlog could not check its reminders:', error) }: RemindersDeps): { stop(): void } {
  let cancel: () => void = () => undefined;
  let stopped = false;

  function check(): void {
    cancel();
    let waitMs = RECHECK_MS;
    try {
      const due = journal.dueReminders();
      if (due.checkIn) {
        notify({ title: 'Time to check in', body: 'Yesterday, today, blockers, changes in plan — it is pre-filled from your journal.' }, () => openCheckIn({ inactive: false }));
        if (due.checkIn.opensWindow) openCheckIn({ inactive: true });
      }
      if (due.nextAt) waitMs = Math.max(1000, Math.min(RECHECK_MS, due.nextAt.getTime() - now().getTime()));
    } catch (error) {
      report(error);
    }
    if (!stopped) cancel = armTimer(check, waitMs);
  }

  powerMonitor.on('resume', check);
  powerMonitor.on('unlock-screen', check);
  check();
  return {
    stop() {
      stopped = true;
      cancel();
    },
  };
}
