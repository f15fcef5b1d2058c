/**
 * One start of the app's core in a process of its own: opens the journal in a folder, takes
 * the first blocker heartbeat as the shell does at start, sends one request through the
 * router, then — when asked — stays awake for some minutes with a heartbeat each minute.
 * It prints the answer and the blockers whose threshold was reported as JSON, and exits
 * without a last heartbeat, as a crash would. Tests run it again for every "restart", so
 * nothing survives in memory between two requests.
 *
 *   node tests/support/journal-process.ts <dir> <now ISO> <channel> <payload JSON> [awake minutes]
 */
import { routerFor } from './journal-router.ts';
import { openJournalAt } from './journal-dir.ts';
import { MINUTE, VirtualClock } from './virtual-clock.ts';

const [dir, now, channel, payload, awake = '0'] = process.argv.slice(2);
if (dir === undefined || now === undefined || channel === undefined || payload === undefined) {
  process.stderr.write('usage: journal-process.ts <dir> <now> <channel> <payload> [awake minutes]\n');
  process.exit(2);
}
const clock = new VirtualClock(now, process.env.TZ ?? 'UTC');
const journal = openJournalAt(dir, clock);
const reached: string[] = [];
const beat = () => reached.push(...journal.blockers.heartbeat().reached.map((view) => view.blocker.id));
beat();
const result = await routerFor(journal).invoke(channel, JSON.parse(payload));
for (let minute = 0; minute < Number(awake); minute += 1) {
  clock.advance(MINUTE);
  beat();
}
process.stdout.write(JSON.stringify({ result, reached, notices: journal.notices() }));
