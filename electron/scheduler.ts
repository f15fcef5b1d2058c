import type { Notice } from '../shared/schedule/notices.ts';
import type { Journal } from '../shared/journal.ts';
import type { Notify } from './notifications.ts';
import { nodeTimer, type ArmTimer } from './timer.ts';

/** What the scheduler needs of `powerMonitor`: a hint to look again after the machine wakes. */
export interface WakeEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface SchedulerDeps {
  journal: Pick<Journal, 'takeDueNotices' | 'onChanged'>;
  powerMonitor: WakeEvents;
  notify: Notify;
  /** Opens what a notice is about; `inactive` when a window opens by itself, never taking the focus. */
  open: (notice: Pick<Notice, 'route' | 'window'>, options: { inactive: boolean }) => void;
  now: () => Date;
  armTimer?: ArmTimer;
  report?: (error: unknown) => void;
}

/**
 * Looks again at least this often: timers stop while the machine sleeps, and no event says the
 * wall clock or the time zone changed, so a regular look is what notices them.
 */
export const RECHECK_MS = 60_000;

/**
 * After a change, wait this long for the journal to settle, so commitments captured one after
 * another that all fall due soon come as one notification, not one each.
 */
export const SETTLE_MS = 3_000;

/**
 * The reminders' one timer, armed for whichever comes first: the next moment something could
 * become due, or a minute. It also looks when the journal changes and when the machine wakes.
 * The journal records each notice as shown before handing it over, so none is shown twice.
 */
export function startScheduler({ journal, powerMonitor, notify, open, now, armTimer = nodeTimer, report = (error) => console.error('Ownlog could not check its reminders:', error) }: SchedulerDeps): { stop(): void } {
  let cancel: () => void = () => undefined;
  let stopped = false;

  function check(): void {
    if (stopped) return;
    cancel();
    let waitMs = RECHECK_MS;
    try {
      const { notices, nextAt } = journal.takeDueNotices();
      for (const notice of notices) {
        notify({ title: notice.title, body: notice.body }, () => open(notice, { inactive: false }));
        if (notice.opensWindow) open(notice, { inactive: true });
      }
      if (nextAt) waitMs = Math.max(1000, Math.min(RECHECK_MS, nextAt.getTime() - now().getTime()));
    } catch (error) {
      report(error);
    }
    cancel = armTimer(check, waitMs);
  }

  powerMonitor.on('resume', check);
  powerMonitor.on('unlock-screen', check);
  const stopListening = journal.onChanged(() => {
    if (stopped) return;
    cancel();
    cancel = armTimer(check, SETTLE_MS);
  });
  check();
  return {
    stop() {
      stopped = true;
      stopListening();
      cancel();
    },
  };
}
