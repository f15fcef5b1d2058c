/**
 * One cold start of the core, in a process of its own so nothing is warm: read settings and
 * the open records of the journal in `argv[2]` and answer Open loops. Prints what it took and
 * the memory the process holds then, as JSON.
 */
import { openJournal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const [dir, now] = process.argv.slice(2);
if (dir === undefined || now === undefined) throw new Error('usage: core-start.ts <journal dir> <now>');
const clock = new VirtualClock(now);
const start = performance.now();
const journal = openJournal({ clock, ids: randomIds, store: createConfJournalStore(confFiles(dir), clock) });
const loops = journal.handlers['ownlog:loops-list']({});
const ms = performance.now() - start;
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({ ms, loops: loops.loops.length, rss: memory.rss, heapUsed: memory.heapUsed }));
