/**
 * The long crash loop, outside `npm test`: a writer killed with SIGKILL at random points until
 * at least 1,000 writes were acknowledged and 200 kills checked.
 *
 *   npm run soak [-- <writes> <kills>]
 */
import { crashLoop } from '../support/crash-loop.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

const [writes = '1000', kills = '200'] = process.argv.slice(2);
const folder = makeJournalDir('soak');
const seed = Date.now() % 2 ** 31;
const started = Date.now();
try {
  const figures = await crashLoop({
    dir: folder.dir,
    kills: Number(kills),
    writes: Number(writes),
    maxWritesPerRun: 30,
    seed,
    progress(now) {
      if (now.kills % 25 === 0) process.stdout.write(`  ${String(now.kills)} kills, ${String(now.acknowledged)} writes acknowledged, ${String(now.found)} found\n`);
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `Crash soak (seed ${String(seed)}, ${seconds} s): ${String(figures.kills)} kills, ${String(figures.acknowledged)} writes acknowledged, ${String(figures.found)} found; ` +
      `writes under way at a kill: ${String(figures.inFlightDone)} done, ${String(figures.inFlightNotDone)} not done\n`,
  );
  if (figures.found !== figures.acknowledged) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`Crash soak (seed ${String(seed)}) failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  folder.remove();
}
