import { z } from 'zod';

/**
 * What a launch from the command line asks for:
 *   ownlog capture "Send rollout plan to Priya by Thu 3pm"
 *   ownlog blocker start "The payments SDK returns 403"
 *   ownlog checkin
 * A launch with no command opens the app. The running instance receives this as data (the
 * second launch's `additionalData`), so it is a schema: validated before it is acted on.
 */
export const CliCommand = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('capture'), line: z.string().min(1).max(2000) }),
  z.strictObject({ kind: z.literal('blocker'), what: z.string().min(1).max(500) }),
  z.strictObject({ kind: z.literal('checkin') }),
  z.strictObject({ kind: z.literal('open') }),
  z.strictObject({ kind: z.literal('error'), message: z.string().max(1000) }),
]);
export type CliCommand = z.infer<typeof CliCommand>;

export const USAGE = 'Try: ownlog capture "Send rollout plan to Priya by Thu 3pm" · ownlog blocker start "what you are stuck on" · ownlog checkin';

/**
 * Reads a command from a launch's arguments. Switches (`--hidden`, Chromium's own) are not
 * part of it wherever they stand, nor is the app's own path when Electron runs unpackaged
 * (`electron . capture …`); the words after the command are its text, quoted or not.
 */
export function parseCommand(argv: readonly string[], { packaged }: { packaged: boolean }): CliCommand {
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('--'));
  if (!packaged) positional.shift();
  const [verb, ...rest] = positional;
  if (verb === undefined) return { kind: 'open' };
  switch (verb.toLowerCase()) {
    case 'capture': {
      const line = rest.join(' ').trim();
      return line === '' ? { kind: 'error', message: `Say what to capture. ${USAGE}` } : { kind: 'capture', line: line.slice(0, 2000) };
    }
    case 'blocker': {
      const [action, ...words] = rest;
      const what = words.join(' ').trim();
      if (action?.toLowerCase() !== 'start') return { kind: 'error', message: `“blocker” needs “start”. ${USAGE}` };
      return what === '' ? { kind: 'error', message: `Say what you are stuck on. ${USAGE}` } : { kind: 'blocker', what: what.slice(0, 500) };
    }
    case 'checkin':
    case 'check-in':
      return { kind: 'checkin' };
    default:
      return { kind: 'error', message: `Ownlog has no command “${verb.slice(0, 40)}”. ${USAGE}` };
  }
}

/** Whether the launch asked to start without a window (at login). */
export function startsHidden(argv: readonly string[]): boolean {
  return argv.includes('--hidden');
}
