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
    expect(listed).toMatchObject({ loops: [{ kind: 'commitment', risk: 'scheduled', commitment: captured }], counts: { total: 1 } });

    const closed = valueOf((await startAndSend(folder.dir, '2026-11-25T09:00:00.000Z', 'ownlog:commitment-close-done', { id })).result);
    expect(closed).toMatchObject({ status: 'done', closedAt: '2026-11-25T09:00:00.000Z' });

    const after = await startAndSend(folder.dir, '2026-11-25T09:05:00.000Z', 'ownlog:loops-list', {});
    expect(valueOf(after.result)).toMatchObject({ loops: [], counts: { total: 0 } });
    expect(after.notices).toEqual([]);
  });

  it('keeps its whole history — renegotiated late, reopened, dropped with a note — across processes', async () => {
    const { id } = valueOf((await startAndSend(folder.dir, '2026-11-24T14:30:00.000Z', 'ownlog:commitment-capture', { line: 'Send rollout plan to Priya by Thu 3pm' })).result) as { id: string };
    valueOf((await startAndSend(folder.dir, '2026-11-27T09:00:00.000Z', 'ownlog:commitment-renegotiate', { id, due: '2026-11-30T16:00:00.000Z', message: 'Sorry Priya, Monday.' })).result);
    valueOf((await startAndSend(folder.dir, '2026-11-30T15:00:00.000Z', 'ownlog:commitment-close-done', { id })).result);
    valueOf((await startAndSend(folder.dir, '2026-12-01T09:00:00.000Z', 'ownlog:commitment-reopen', { id, month: '2026-11' })).result);
    const dropped = valueOf((await startAndSend(folder.dir, '2026-12-02T09:00:00.000Z', 'ownlog:commitment-drop', { id, note: 'Rollout cancelled.' })).result);
    const found = valueOf((await startAndSend(folder.dir, '2026-12-02T10:00:00.000Z', 'ownlog:commitment-get', { id, month: '2026-12' })).result);
    expect(found).toEqual(dropped);
    expect((found as { history: { type: string }[] }).history.map((event) => event.type)).toEqual(['captured', 'renegotiated', 'status', 'status', 'status']);
    expect(found).toMatchObject({ history: [{}, { timing: 'late' }, { to: 'done' }, { from: 'done', to: 'open' }, { to: 'dropped', note: 'Rollout cancelled.' }] });
  });
});
