import type { BackupCommands } from '../shared/data/backup-commands.ts';
import { nodeTimer, type ArmTimer } from './timer.ts';

/** What the daily backup needs of `powerMonitor`: a hint to look again when the machine wakes. */
export interface ResumeEvents {
  on(event: 'resume', listener: () => void): unknown;
}

export interface DailyBackupDeps {
  journal: { readonly data: { readonly backups: Pick<BackupCommands, 'daily'> } };
  powerMonitor: ResumeEvents;
  armTimer?: ArmTimer;
  report?: (error: unknown) => void;
}

/** The first look waits until the window is up: a backup copies every journal file. */
export const FIRST_LOOK_MS = 15_000;

/**
 * Looks again this often. The journal takes a backup only when today's is missing, so most
 * looks cost one listing of the backups folder; timers stop while the machine sleeps, so a
 * day that began during sleep is seen at the first look after waking.
 */
export const LOOK_EVERY_MS = 60 * 60_000;

/** Today's backup shortly after start, then whenever a new day has begun. */
export function startDailyBackups({
  journal,
  powerMonitor,
  armTimer = nodeTimer,
  report = (error) => console.error('Ownlog could not take its daily backup:', error),
}: DailyBackupDeps): { stop(): void } {
  let cancel: () => void = () => undefined;
  let stopped = false;

  function look(): void {
    if (stopped) return;
    cancel();
    try {
      journal.data.backups.daily();
    } catch (error) {
      report(error);
    }
    cancel = armTimer(look, LOOK_EVERY_MS);
  }

  powerMonitor.on('resume', look);
  cancel = armTimer(look, FIRST_LOOK_MS);
  return {
    stop() {
      stopped = true;
      cancel();
    },
  };
}
