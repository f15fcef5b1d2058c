/**
 * One start of the app's core in a process of its own: opens the journal in a folder, sends
 * one request through the router, prints the answer as JSON and exits. Tests run it again
 * for every "restart", so nothing survives in memory between two requests.
 *
 *   node tests/support/journal-process.ts <dir> <now ISO> <channel> <payload JSON>
 */
import { routerFor } from './journal-router.ts';
import { openJournalAt } from './journal-dir.ts';
import { VirtualClock } from './virtual-clock.ts';

const [dir, now, channel, payload] = process.argv.slice(2);
if (dir === undefined || now === undefined || channel === undefined || payload === undefined) {
  process.stderr.write('usage: journal-process.ts <dir> <now> <channel> <payload>\n');
  process.exit(2);
}
const journal = openJournalAt(dir, new VirtualClock(now, process.env.TZ ?? 'UTC'));
const result = await routerFor(journal).invoke(channel, JSON.parse(payload));
process.stdout.write(JSON.stringify({ result, notices: journal.notices() }));
