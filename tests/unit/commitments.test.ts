import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS } from '../../shared/commitments/undo.ts';
import type { Journal } from '../../shared/journal.ts';
import { call } from '../support/call.ts';
import { journalFiles, makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { DAY, HOUR, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;

beforeEach(() => {
  folder = makeJournalDir('commitments');
  // Tuesday 24 November 2026, 15:30 in Berlin.
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => {
  folder.remove();
});

const restart = () => openJournalAt(folder.dir, clock);
const archive = (month: string) => JSON.parse(fs.readFileSync(path.join(folder.dir, `archive-${month}.json`), 'utf8')) as Record<string, unknown>;

describe('honest endings', () => {
  it('drops only with a note to the person, and keeps the note', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    expect(() => call(journal, 'ownlog:commitment-drop', { id, note: '   ' })).toThrow(/Write the note to Priya/);
    expect(journal.openLoops()).toHaveLength(1);

    const dropped = call(journal, 'ownlog:commitment-drop', { id, note: 'Priya, the rollout moved to Q1 so the plan is not needed.' });
    expect(dropped.status).toBe('dropped');
    expect(dropped.history.at(-1)).toEqual({ type: 'status', at: '2026-11-24T14:30:00.000Z', from: 'open', to: 'dropped', note: 'Priya, the rollout moved to Q1 so the plan is not needed.' });
    expect(archive('2026-11')[id]).toEqual(dropped);
  });

  it('drafts the note to the person, for the user to finish', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    const { text } = call(journal, 'ownlog:commitment-draft', { kind: 'drop', id });
    expect(text).toBe('Hi Priya — I’m not going to do “Send rollout plan” after all, because [reason]. Sorry for the change — if it still matters to you, I’m happy to help find another way.');
    expect(() => call(journal, 'ownlog:commitment-drop', { id, note: text })).toThrow(/Fill in the \[reason\]/);
    expect(journal.openLoops()).toHaveLength(1);
  });

  it('deletes a line captured by mistake without a trace, which a drop never does', () => {
    const mistake = journal.capture('asdf test');
    const kept = journal.capture('Reply to Omar');
    call(journal, 'ownlog:commitment-delete', { id: mistake.id });
    expect(journal.openLoops().map((loop) => loop.commitment.id)).toEqual([kept.id]);
    expect(Object.values(journalFiles(folder.dir)).map((bytes) => Buffer.from(bytes, 'base64').toString('utf8')).join('')).not.toContain(mistake.id);
    expect(fs.readdirSync(folder.dir).filter((name) => name.startsWith('archive-'))).toEqual([]);
    expect(restart().openLoops().map((loop) => loop.commitment.id)).toEqual([kept.id]);
  });

  it('deletes a closed commitment from its archive', () => {
    const { id } = journal.capture('Reply to Omar');
    journal.closeAsDone(id);
    call(journal, 'ownlog:commitment-delete', { id, month: '2026-11' });
    expect(archive('2026-11')).toEqual({});
  });

  it('undoes a close within the window as if it never happened, and not after', () => {
    const captured = journal.capture('Fix the flaky login test');
    journal.closeAsDone(captured.id);
    clock.advance(UNDO_WINDOW_MS - 1000);
    const restored = call(journal, 'ownlog:commitment-undo-close', { id: captured.id });
    expect(restored).toEqual(captured);
    expect(archive('2026-11')).toEqual({});
    expect(restart().openLoops().map((loop) => loop.commitment)).toEqual([captured]);

    call(journal, 'ownlog:commitment-drop', { id: captured.id, note: 'Not needed after the rewrite.' });
    clock.advance(UNDO_WINDOW_MS + 1);
    expect(() => call(journal, 'ownlog:commitment-undo-close', { id: captured.id })).toThrow(/Too late to undo/);
    expect(journal.openLoops()).toEqual([]);
  });

  it('reopens a closed commitment and records that it did', () => {
    const { id } = journal.capture('Write the runbook');
    journal.closeAsDone(id);
    clock.advance(DAY);
    const reopened = call(journal, 'ownlog:commitment-reopen', { id, month: '2026-11' });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null });
    expect(reopened.history.map((event) => event.type === 'status' && `${event.from}→${event.to}`)).toEqual([false, 'open→done', 'done→open']);
    expect(archive('2026-11')).toEqual({});
    expect(restart().openLoops().map((loop) => loop.commitment)).toEqual([reopened]);
  });
});

describe('renegotiation', () => {
  it('is on time when asked before the old date passed, and moves the date', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    const renegotiated = call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-27T16:00:00.000Z', message: 'Priya, Friday EOD instead?' });
    expect(renegotiated.due).toBe('2026-11-27T16:00:00.000Z');
    expect(renegotiated.status).toBe('open');
    expect(renegotiated.history.at(-1)).toEqual({
      type: 'renegotiated',
      at: '2026-11-24T14:30:00.000Z',
      from: '2026-11-26T14:00:00.000Z',
      to: '2026-11-27T16:00:00.000Z',
      message: 'Priya, Friday EOD instead?',
      timing: 'on-time',
    });
  });

  it('is recorded as late when the old date had already passed', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    clock.advance(3 * DAY);
    const renegotiated = call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-30T16:00:00.000Z', message: 'Sorry Priya — Monday.' });
    expect(renegotiated.history.at(-1)).toMatchObject({ type: 'renegotiated', timing: 'late' });
  });

  it('needs a new date ahead and a message, and changes nothing without them', () => {
    const { id, due } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    expect(() => call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-27T16:00:00.000Z', message: ' ' })).toThrow(/Write the message/);
    expect(() => call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-20T16:00:00.000Z', message: 'x' })).toThrow(/still ahead/);
    expect(() => call(journal, 'ownlog:commitment-renegotiate', { id, due: due ?? '', message: 'x' })).toThrow(/already has/);
    expect(restart().openLoops()[0]?.commitment.due).toBe(due);
  });

  it('drafts the message with both dates in the user’s zone', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    const { text } = call(journal, 'ownlog:commitment-draft', { kind: 'renegotiate', id, due: '2026-11-27T16:00:00.000Z' });
    expect(text).toBe('Hi Priya — I won’t make “Send rollout plan” by Thu 26 Nov, 15:00 as I said. I can have it to you by Fri 27 Nov, 17:00, because [reason]. Does that still work for you?');
    expect(() => call(journal, 'ownlog:commitment-renegotiate', { id, due: '2026-11-27T16:00:00.000Z', message: text })).toThrow(/Fill in the \[reason\]/);
  });
});

describe('overcommitting', () => {
  const fill = (count: number) => {
    for (let index = 0; index < count; index += 1) journal.capture(`Task ${String(index + 1)} for Lee by Thursday`);
  };

  it('warns at capture with a concrete thing to deprioritize, and refuses to save silently', () => {
    fill(5);
    journal.capture('Later thing by next Friday'); // outside the 3-workday window
    const preview = journal.previewCapture('Review the billing RFC for Omar tomorrow');
    expect(preview.overCapacity).toMatchObject({ load: 5, capacity: 5, withinWorkdays: 3, deprioritize: { title: 'Task 5', promisedTo: 'Lee' } });
    expect(preview.overCapacity?.reply).toBe('I can take that on, but it means deprioritizing “Task 5” (for Lee) — which should I do?');
    expect(() => journal.capture('Review the billing RFC for Omar tomorrow')).toThrow(/your capacity is 5/);
    expect(journal.openLoops()).toHaveLength(6);
  });

  it('saves anyway when the user chooses to, and records that choice', () => {
    fill(5);
    const taken = journal.capture({ line: 'Review the billing RFC for Omar tomorrow', takeOnAnyway: true });
    expect(taken.history[0]).toEqual({ type: 'captured', at: '2026-11-24T14:30:00.000Z', overCapacity: { load: 5, capacity: 5 } });
  });

  it('says nothing when there is room, or when the new work is not due soon', () => {
    fill(4);
    expect(journal.previewCapture('One more for tomorrow').overCapacity).toBeNull();
    fill(1);
    expect(journal.previewCapture('Someday: tidy the wiki').overCapacity).toBeNull();
    expect(journal.previewCapture('Plan the offsite by Dec 20').overCapacity).toBeNull();
  });
});

describe('scope changes', () => {
  const found = { what: 'the cron jobs', costDays: 2, whyNow: 'they break when the old host goes', message: 'Priya, found more: cron jobs. +2 days. Proceed?' };

  it('are recorded with their cost, drafted, and flagged undecided until decided', () => {
    const { id } = journal.capture('Migrate the queue to Priya by Thu 3pm');
    const draft = call(journal, 'ownlog:commitment-draft', { kind: 'scope', id, what: found.what, costDays: 2, whyNow: found.whyNow });
    expect(draft.text).toBe('Hi Priya — While working on “Migrate the queue”, I found something else that needs attention: the cron jobs. I recommend we address it now because they break when the old host goes. This would add 2 days. Should I proceed?');
    clock.advance(HOUR);
    const changed = call(journal, 'ownlog:commitment-scope-add', { id, ...found });
    expect(changed.scopeChanges).toHaveLength(1);
    expect(changed.scopeChanges[0]).toMatchObject({ ...found, decision: null });
    // Due in under a day, so it shows as due soon; further out it would show as undecided.
    clock.setWall('2026-11-20T09:00:00.000Z');
    expect(journal.openLoops()[0]?.risk).toBe('scope-undecided');
  });

  it('proceed moves the due date by the cost, with history', () => {
    const { id } = journal.capture('Migrate the queue to Priya by Thu 3pm');
    const scopeId = call(journal, 'ownlog:commitment-scope-add', { id, ...found }).scopeChanges[0]?.id ?? '';
    const decided = call(journal, 'ownlog:commitment-scope-decide', { id, scopeId, decision: 'proceed' });
    expect(decided.due).toBe('2026-11-28T14:00:00.000Z');
    expect(decided.history.slice(-2)).toEqual([
      { type: 'scope', at: '2026-11-24T14:30:00.000Z', scopeId, change: 'proceed' },
      { type: 'edited', at: '2026-11-24T14:30:00.000Z', field: 'due', from: '2026-11-26T14:00:00.000Z', to: '2026-11-28T14:00:00.000Z' },
    ]);
    expect(() => call(journal, 'ownlog:commitment-scope-decide', { id, scopeId, decision: 'decline' })).toThrow(/already decided/);
  });

  it('defer makes the extra work a commitment of its own; decline only records', () => {
    const { id } = journal.capture('Migrate the queue to Priya by Thu 3pm');
    const first = call(journal, 'ownlog:commitment-scope-add', { id, ...found }).scopeChanges[0]?.id ?? '';
    const deferred = call(journal, 'ownlog:commitment-scope-decide', { id, scopeId: first, decision: 'defer' });
    const newId = deferred.scopeChanges[0]?.decision?.commitmentId ?? '';
    const extra = journal.openLoops().find((loop) => loop.commitment.id === newId)?.commitment;
    expect(extra).toMatchObject({ title: 'the cron jobs', promisedTo: 'Priya', source: 'scope', due: null });
    expect(deferred.due).toBe('2026-11-26T14:00:00.000Z');

    const second = call(journal, 'ownlog:commitment-scope-add', { id, ...found, what: 'rename the topics' }).scopeChanges[1]?.id ?? '';
    const declined = call(journal, 'ownlog:commitment-scope-decide', { id, scopeId: second, decision: 'decline' });
    expect(declined.scopeChanges[1]?.decision).toMatchObject({ kind: 'decline', commitmentId: null });
    expect(journal.openLoops()).toHaveLength(2);
  });
});

describe('definition of shipped', () => {
  it('asks before closing with unchecked items and records which were skipped', () => {
    const { id } = journal.capture('Ship the export service');
    const withList = call(journal, 'ownlog:commitment-checklist', { id, action: { kind: 'use-template' } });
    expect(withList.checklist.map((entry) => entry.item)).toHaveLength(6);
    for (const index of [0, 1, 2, 3]) call(journal, 'ownlog:commitment-checklist', { id, action: { kind: 'toggle', index } });

    expect(() => journal.closeAsDone(id)).toThrow(/2 of the definition of shipped are not checked: A note on why it was built this way; The team knows what to watch/);
    expect(journal.openLoops()).toHaveLength(1);

    const done = call(journal, 'ownlog:commitment-close-done', { id, skipChecklist: true });
    expect(done.history.at(-1)).toEqual({
      type: 'status',
      at: '2026-11-24T14:30:00.000Z',
      from: 'open',
      to: 'done',
      skipped: ['A note on why it was built this way', 'The team knows what to watch'],
    });
  });

  it('closes without asking when every item is checked', () => {
    const { id } = journal.capture('Ship the export service');
    call(journal, 'ownlog:commitment-checklist', { id, action: { kind: 'add', item: 'Dashboards' } });
    call(journal, 'ownlog:commitment-checklist', { id, action: { kind: 'toggle', index: 0 } });
    expect(journal.closeAsDone(id).history.at(-1)).toEqual({ type: 'status', at: '2026-11-24T14:30:00.000Z', from: 'open', to: 'done' });
  });
});

describe('editing', () => {
  it('keeps every change in the history, and the history survives a restart', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Thu 3pm');
    clock.advance(HOUR);
    call(journal, 'ownlog:commitment-edit', { id, changes: { title: 'Send the rollout plan v2', promisedTo: 'Priya and Omar', ownership: 2, notes: 'Include the rollback steps.' } });
    const edited = restart().openLoops()[0]?.commitment;
    expect(edited).toMatchObject({ title: 'Send the rollout plan v2', promisedTo: 'Priya and Omar', ownership: 2, notes: 'Include the rollback steps.', updatedAt: '2026-11-24T15:30:00.000Z' });
    expect(edited?.history.slice(1)).toEqual([
      { type: 'edited', at: '2026-11-24T15:30:00.000Z', field: 'title', from: 'Send rollout plan', to: 'Send the rollout plan v2' },
      { type: 'edited', at: '2026-11-24T15:30:00.000Z', field: 'promisedTo', from: 'Priya', to: 'Priya and Omar' },
      { type: 'edited', at: '2026-11-24T15:30:00.000Z', field: 'notes', from: '', to: 'Include the rollback steps.' },
      { type: 'edited', at: '2026-11-24T15:30:00.000Z', field: 'ownership', from: '3', to: '2' },
    ]);
  });

  it('refuses an empty title and changes nothing', () => {
    const { id } = journal.capture('Reply to Omar');
    expect(() => call(journal, 'ownlog:commitment-edit', { id, changes: { title: '  ' } })).toThrow(/Say what you promised/);
    expect(restart().openLoops()[0]?.commitment.title).toBe('Reply');
  });

  it('starts at the default ownership level from settings', () => {
    expect(journal.capture('Reply to Omar').ownership).toBe(3);
  });
});

describe('closed commitments', () => {
  it('are found by period, text, person and ending, reading only the months asked for', () => {
    const october = journal.capture('Fix the export bug for Omar');
    clock.setWall('2026-10-15T10:00:00.000Z');
    journal.closeAsDone(october.id);
    clock.setWall('2026-11-24T14:30:00.000Z');
    const done = journal.capture('Review the billing RFC for Omar');
    journal.closeAsDone(done.id);
    const dropped = journal.capture('Write the wiki page for Priya');
    clock.advance(HOUR);
    call(journal, 'ownlog:commitment-drop', { id: dropped.id, note: 'Moved to the handbook.' });
    // A damaged archive outside the period must never be read.
    fs.writeFileSync(path.join(folder.dir, 'archive-2026-01.json'), '{ damaged');

    const fresh = restart();
    const november = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' };
    expect(call(fresh, 'ownlog:commitment-closed', november).map((commitment) => commitment.id)).toEqual([dropped.id, done.id]);
    expect(call(fresh, 'ownlog:commitment-closed', { ...november, ending: 'dropped' }).map((commitment) => commitment.id)).toEqual([dropped.id]);
    expect(call(fresh, 'ownlog:commitment-closed', { ...november, person: 'Omar' }).map((commitment) => commitment.id)).toEqual([done.id]);
    expect(call(fresh, 'ownlog:commitment-closed', { ...november, text: 'handbook' })).toEqual([]);
    expect(call(fresh, 'ownlog:commitment-closed', { ...november, text: 'BILLING rfc' }).map((commitment) => commitment.id)).toEqual([done.id]);
    expect(call(fresh, 'ownlog:commitment-closed', { from: '2026-10-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' })).toHaveLength(3);
    expect(fresh.notices()).toEqual([]);
  });
});
