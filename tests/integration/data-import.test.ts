import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalFile } from '../../shared/data/journal-file.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import type { Journal } from '../../shared/journal.ts';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import type { JournalRecord } from '../../shared/store/port.ts';
import { call } from '../support/call.ts';
import { chooseImport, exportThroughShell, fillJournal, FILLED_SETTINGS, invoke } from '../support/data-transfer.ts';
import { failingWrites, journalFiles, makeJournalDir, openJournalAt, openRecordsOnDisk } from '../support/journal-dir.ts';
import { recordingExports, recordingShell, routerFor, scriptedImports } from '../support/journal-router.ts';
import { aCommitment } from '../support/records.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const folders: ReturnType<typeof makeJournalDir>[] = [];
const folder = (label: string) => {
  const made = makeJournalDir(label);
  folders.push(made);
  return made.dir;
};
let clock: VirtualClock;
beforeEach(() => {
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
});
afterEach(() => {
  for (const made of folders.splice(0)) made.remove();
});

/** Journal A's export, saved by the shell where the user accepted the proposed name. */
async function exportOf(journal: Journal) {
  const exports = recordingExports();
  const saved = await exportThroughShell(routerFor(journal, recordingShell({ exports })));
  return { ...saved, file: JournalFile.parse(JSON.parse(saved.text)) };
}

function recordsById(records: readonly JournalRecord[]): Map<string, JournalRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

describe('export everything, then import', () => {
  it('carries every record and the settings into an empty journal, shown at once and after a restart', async () => {
    const source = fillJournal(folder('source'), clock);
    const exported = await exportOf(source);
    expect(path.basename(exported.path)).toBe('ownlog-journal-2026-11-24.json');
    expect(exported.file).toMatchObject({ format: 'ownlog-journal', version: 1, exportedAt: '2026-11-24T15:10:00.000Z', settings: FILLED_SETTINGS });
    expect(exported.records).toBe(exported.file.records.length);
    expect(new Set(exported.file.records.map((record) => record.kind))).toEqual(new Set(['commitment', 'blocker', 'checkin', 'decision', 'status-update']));
    // The blocker's open segment carries the 40 minutes counted so far, which only the heartbeat file held.
    const blocker = exported.file.records.find((record) => record.kind === 'blocker');
    expect(blocker?.kind === 'blocker' && blocker.segments.at(-1)?.ms).toBe(40 * 60_000);

    const dir = folder('target');
    const target = openJournalAt(dir, clock);
    const imports = scriptedImports();
    const router = routerFor(target, recordingShell({ imports }));
    const answer = await chooseImport(router, imports, exported.path);
    if (!answer.chosen || !answer.check.ok) throw new Error(`expected a summary, got ${JSON.stringify(answer)}`);
    const { summary } = answer.check;
    expect(summary).toMatchObject({ fileName: 'ownlog-journal-2026-11-24.json', records: exported.records, addedCount: exported.records, replacedCount: 0, sameCount: 0 });
    expect(summary.added.map(({ kind }) => kind).sort()).toEqual(['blocker', 'checkin', 'commitment', 'decision', 'status-update']);
    expect(summary.settingsChanged.sort()).toEqual(['checkInTime', 'keepDailyBackups', 'theme']);

    const applied = await invoke(router, 'ownlog:data-import-apply', { token: summary.token, replaceSettings: true });
    expect(applied).toMatchObject({ ok: true, value: { added: exported.records, replaced: 0, settingsReplaced: true, backup: { kind: 'before-import' } } });

    // Shown without a restart: open loops, closed ones, the running blocker and the settings.
    expect(target.openLoops().map((loop) => loop.commitment.id)).toEqual(source.openLoops().map((loop) => loop.commitment.id));
    const year = { from: '2025-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' };
    expect(call(target, 'ownlog:commitment-closed', year)).toEqual(call(source, 'ownlog:commitment-closed', year));
    expect(target.blockers.list().blockers.map((view) => [view.blocker.what, view.elapsedMs])).toEqual([['Staging database is locked during deploys', 40 * 60_000]]);
    expect(call(target, 'ownlog:settings-get', {})).toEqual(FILLED_SETTINGS);
    expect((await exportOf(target)).file.records).toEqual(exported.file.records);

    const restarted = openJournalAt(dir, clock);
    expect((await exportOf(restarted)).file).toEqual({ ...exported.file });
  });

  it('replaces records the journal has in another version, says which, and loses nothing else', async () => {
    const exported = await exportOf(fillJournal(folder('source'), clock));
    const fromFile = recordsById(exported.file.records);
    const commitments = exported.file.records.filter((record) => record.kind === 'commitment');
    const openInFile = commitments.find((record) => record.closedAt === null);
    const closedInFile = commitments.filter((record) => record.closedAt !== null);
    if (!openInFile || closedInFile.length < 3) throw new Error('the filled journal has open and closed commitments');
    const [closedEdited, closedHereOpen, identical] = closedInFile as [JournalRecord, JournalRecord, JournalRecord];

    // The target journal: its own records, and three of the file's ids in other versions.
    const dir = folder('target');
    const own = [aCommitment('mine-0001', { title: 'Reply to Omar about the SLO' }), aCommitment('mine-0002', { title: 'Book the team offsite', status: 'done', closedAt: '2026-03-03T10:00:00.000Z' })];
    const changedHere = [
      { ...openInFile, title: 'An older title of mine' },
      { ...closedEdited, notes: 'A note only this journal has' },
      aCommitment(closedHereOpen.id, { title: 'Still open here', createdAt: closedHereOpen.createdAt }),
      identical,
    ];
    writeJournalFiles(confFiles(dir), [...own, ...changedHere]);
    const target = openJournalAt(dir, clock);
    const imports = scriptedImports();
    const router = routerFor(target, recordingShell({ imports }));

    const answer = await chooseImport(router, imports, exported.path);
    if (!answer.chosen || !answer.check.ok) throw new Error('expected a summary');
    const { summary } = answer.check;
    expect(summary).toMatchObject({ replacedCount: 3, sameCount: 1, addedCount: exported.records - 4 });
    expect(summary.replaced.map(({ label, open }) => [label, open]).sort()).toEqual([
      ['An older title of mine', true],
      ['Still open here', true],
      [closedEdited.kind === 'commitment' ? closedEdited.title : '', false],
    ].sort());

    const applied = await invoke(router, 'ownlog:data-import-apply', { token: summary.token, replaceSettings: false });
    expect(applied).toMatchObject({ ok: true, value: { added: exported.records - 4, replaced: 3, same: 1, settingsReplaced: false } });

    const after = (await exportOf(target)).file;
    const byId = recordsById(after.records);
    expect(after.records).toHaveLength(exported.records + own.length);
    for (const record of own) expect(byId.get(record.id)).toEqual(record);
    for (const [id, record] of fromFile) expect(byId.get(id)).toEqual(record);
    expect(after.settings).toEqual(DEFAULT_SETTINGS);
    // Closed in the file, open here: it left the open loops for its month's archive, and is in one place only.
    expect(target.openLoops().map((loop) => loop.commitment.id)).not.toContain(closedHereOpen.id);
    expect(Object.keys(openRecordsOnDisk(dir))).not.toContain(closedHereOpen.id);
  });

  it('puts every file back when a write fails part way, and says so', async () => {
    const exported = await exportOf(fillJournal(folder('source'), clock));
    const dir = folder('target');
    writeJournalFiles(confFiles(dir), [aCommitment('mine-0001', { title: 'Reply to Omar' }), aCommitment('mine-0002', { status: 'done', closedAt: '2026-10-03T10:00:00.000Z' })]);
    const failing = failingWrites(confFiles(dir));
    const target = openJournalAt(dir, clock, undefined, failing.files);
    const imports = scriptedImports();
    const router = routerFor(target, recordingShell({ imports }));
    const answer = await chooseImport(router, imports, exported.path);
    if (!answer.chosen || !answer.check.ok) throw new Error('expected a summary');
    const before = journalFiles(dir);
    const loopsBefore = target.openLoops();

    failing.failAfter(3);
    const applied = await invoke(router, 'ownlog:data-import-apply', { token: answer.check.summary.token, replaceSettings: true });
    expect(applied).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (applied.ok) return;
    expect(applied.error.message).toMatch(/^The import stopped part way: ENOSPC: no space left on device\. Your journal was put back exactly as it was before/);

    expect(journalFiles(dir)).toEqual(before);
    expect(target.openLoops()).toEqual(loopsBefore);
    expect(call(target, 'ownlog:settings-get', {})).toEqual(DEFAULT_SETTINGS);
    // Archives the import had begun are kept aside, holding only what came from the file.
    const fileIds = new Set(exported.file.records.map((record) => record.id));
    for (const name of fs.readdirSync(dir).filter((file) => file.includes('.not-in-backup-'))) {
      const held = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as object);
      expect(held.every((id) => fileIds.has(id))).toBe(true);
    }
    expect(call(target, 'ownlog:backup-list', {}).backups.map((backup) => backup.kind)).toEqual(['before-import']);
  });

  it('refuses to import when it cannot back up first, and changes nothing', async () => {
    const exported = await exportOf(fillJournal(folder('source'), clock));
    const dir = folder('target');
    const target = openJournalAt(dir, clock);
    target.capture('Write the incident summary');
    fs.writeFileSync(`${dir}-backups`, 'not a folder');
    const imports = scriptedImports();
    const router = routerFor(target, recordingShell({ imports }));
    const answer = await chooseImport(router, imports, exported.path);
    if (!answer.chosen || !answer.check.ok) throw new Error('expected a summary');
    const before = journalFiles(dir);

    const applied = await invoke(router, 'ownlog:data-import-apply', { token: answer.check.summary.token, replaceSettings: true });
    expect(applied).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(applied.ok ? '' : applied.error.message).toMatch(/could not back up your journal.*Nothing was changed/);
    expect(journalFiles(dir)).toEqual(before);
    expect(target.openLoops().map((loop) => loop.commitment.title)).toEqual(['Write the incident summary']);
  });

  it('applies only the file the user confirmed, once', async () => {
    const exported = await exportOf(fillJournal(folder('source'), clock));
    const target = openJournalAt(folder('target'), clock);
    const imports = scriptedImports();
    const router = routerFor(target, recordingShell({ imports }));
    const answer = await chooseImport(router, imports, exported.path);
    if (!answer.chosen || !answer.check.ok) throw new Error('expected a summary');
    const { token } = answer.check.summary;

    expect(await invoke(router, 'ownlog:data-import-apply', { token: 'someone-elses-token', replaceSettings: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke(router, 'ownlog:data-import-cancel', { token })).toEqual({ ok: true, value: {} });
    const late = await invoke(router, 'ownlog:data-import-apply', { token, replaceSettings: true });
    expect(late).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(late.ok ? '' : late.error.message).toMatch(/Choose the file again/);
    expect(target.openLoops()).toEqual([]);

    // Cancelling the open dialog checks nothing and stages nothing.
    expect(await chooseImport(router, imports, null)).toEqual({ chosen: false });
    expect(imports.picked).toEqual([exported.path]);
  });
});
