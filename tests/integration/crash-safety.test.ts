import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crashLoop } from '../support/crash-loop.ts';
import { makeJournalDir } from '../support/journal-dir.ts';

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  folder = makeJournalDir('crash');
});
afterEach(() => folder.remove());

describe('a journal written by a process killed at random points', () => {
  // `npm run soak` runs the same loop with a thousand writes and more kills.
  it('loads after every kill with every acknowledged write, nothing twice, no file unreadable', async () => {
    const figures = await crashLoop({ dir: folder.dir, kills: 50, writes: 300, maxWritesPerRun: 16, seed: Date.now() % 2 ** 31 });
    console.log(`Crash safety: ${String(figures.kills)} kills, ${String(figures.acknowledged)} writes acknowledged, ${String(figures.found)} found; writes under way at a kill: ${String(figures.inFlightDone)} done, ${String(figures.inFlightNotDone)} not done`);
    expect(figures.kills).toBeGreaterThanOrEqual(50);
    expect(figures.found).toBe(figures.acknowledged);
  }, 120_000);
});
