import { CliCommand } from '../shared/cli/command.ts';
import type { Journal } from '../shared/journal.ts';
import { formatWhen } from '../shared/commitments/drafts.ts';
import type { Notify } from './notifications.ts';

export interface CommandDeps {
  journal: Pick<Journal, 'capture' | 'blockers'>;
  notify: Notify;
  zone: () => string;
  showMain: (route?: string) => void;
  showCheckIn: () => void;
}

/**
 * Carries out a command from the command line, in the running instance. What arrives from a
 * second launch is data from outside, so it is validated first; what is done is confirmed with a
 * notification, since the user is in their terminal, not looking at Ownlog.
 */
export function runCommand(raw: unknown, { journal, notify, zone, showMain, showCheckIn }: CommandDeps): void {
  const parsed = CliCommand.safeParse(raw);
  const command: CliCommand = parsed.success ? parsed.data : { kind: 'open' };
  try {
    switch (command.kind) {
      case 'capture': {
        // The terminal cannot show the capacity warning, so the promise is taken on and the
        // history says it was over capacity.
        const captured = journal.capture({ line: command.line, takeOnAnyway: true });
        const details = [captured.due ? `due ${formatWhen(captured.due, zone())}` : 'no date', ...(captured.promisedTo ? [`to ${captured.promisedTo}`] : [])];
        notify({ title: `Captured: ${captured.title}`, body: details.join(' · ') }, () => showMain(`/commitment/${captured.id}`));
        break;
      }
      case 'blocker': {
        const { blocker } = journal.blockers.start({ what: command.what });
        notify({ title: `Blocker started: ${blocker.what}`, body: `The clock runs while your machine is awake. Raise it after ${String(blocker.thresholdMinutes / 60)} h.` }, () => showMain(`/blocker/${blocker.id}`));
        break;
      }
      case 'checkin':
        showCheckIn();
        break;
      case 'open':
        showMain();
        break;
      case 'error':
        notify({ title: 'Ownlog did not understand that', body: command.message }, () => showMain());
        break;
    }
  } catch (error) {
    notify({ title: 'Ownlog could not do that', body: error instanceof Error ? error.message : String(error) }, () => showMain());
  }
}
