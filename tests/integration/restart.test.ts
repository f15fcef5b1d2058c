import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeJournalDir } from '../support/journal-dir.ts';
import { startAndSend, valueOf } from '../support/run-journal-process.ts';

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  folder = makeJournalDir('restart');
});
afterEach(() => folder.remove());

describe('a commitment across restarts', () => {
  it('is captured in one process, listed in the next, closed in a third and gone in a fourth', async () => {
    const captured = valueOf((await startAndSend(folder.dir, '2026-11-24T14:30:00.000Z', 'ownlog:commitment-capture', { line: 'Send rollout plan to Priya by Thu 3pm' })).result);
    expect(captured).toMatchObject({ title: 'Send rollout plan', promisedTo: 'Priya', due: '2026-11-26T14:00:00.000Z' });
    const { id } = captured as { id: string };

    const listed = valueOf((await startAndSend(folder.dir, '2026-11-24T15:00:00.000Z', 'ownlog:loops-list', {})).result);
    expect(listed).toEqual([{ kind: 'commitment', risk: 'scheduled', commitment: captured }]);

    const closed = valueOf((await startAndSend(folder.dir, '2026-11-25T09:00:00.000Z', 'ownlog:commitment-close-done', { id })).result);
    expect(closed).toMatchObject({ status: 'done', closedAt: '2026-11-25T09:00:00.000Z' });

    const after = await startAndSend(folder.dir, '2026-11-25T09:05:00.000Z', 'ownlog:loops-list', {});
    expect(valueOf(after.result)).toEqual([]);
    expect(after.notices).toEqual([]);
  });
});
