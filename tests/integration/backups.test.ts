import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../shared/journal.ts';
import { backupsDirFor } from '../../shared/node/backups.ts';
import { call } from '../support/call.ts';
import { chooseImport, exportThroughShell, invoke } from '../support/data-transfer.ts';
import { journalFiles, makeJournalDir, openFilePath, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { recordingShell, routerFor, scriptedImports } from '../support/journal-router.ts';
import { DAY, HOUR, VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
beforeEach(() => {
  folder = makeJournalDir('backups');
  clock = new VirtualClock('2026-11-01T08:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
});
afterEach(() => folder.remove());

const backupsDir = () => backupsDirFor(folder.dir);
const listed = () => call(journal, 'ownlog:backup-list', {}).backups;

describe('daily backups', () => {
  it('take one a day into a folder beside the journal, copying its files exactly', () => {
    const captured = journal.capture('Send the rollout plan to Priya by Thu 3pm');
    const { taken } = journal.data.backups.daily();
    expect(taken).toMatchObject({ id: 'daily-2026-11-01', kind: 'daily', takenAt: '2026-11-01T08:00:00.000Z', files: 3 });
    expect(path.dirname(backupsDir())).toBe(path.dirname(folder.dir));
    const { 'backup.json': manifest, ...copied } = snapshotFiles(path.join(backupsDir(), 'daily-2026-11-01'));
    expect(manifest).toBeDefined();
    expect(Object.keys(copied)).toEqual(['layout.json', 'live.json', path.basename(openFilePath(folder.dir, captured.id))]);
    expect(copied).toEqual(journalFiles(folder.dir));

    clock.advance(10 * HOUR);
    expect(journal.data.backups.daily()).toEqual({ taken: null, removed: [] });
    clock.advance(5 * HOUR); // past midnight in Berlin
    expect(journal.data.backups.daily().taken?.id).toBe('daily-2026-11-02');
  });

  it('keep the newest N the user sets, and never rotate away a backup taken before an import, a restore or by hand', async () => {
    const imports = scriptedImports();
    const router = routerFor(journal, recordingShell({ imports }));
    for (let day = 0; day < 20; day += 1) {
      journal.capture(`Promise of day ${day + 1}`);
      journal.data.backups.daily();
      if (day === 2) {
        const exported = await exportThroughShell(router);
        const answer = await chooseImport(router, imports, exported.path);
        if (!answer.chosen || !answer.check.ok) throw new Error('expected a summary');
        await invoke(router, 'ownlog:data-import-apply', { token: answer.check.summary.token, replaceSettings: true });
      }
      if (day === 4) await invoke(router, 'ownlog:backup-take', {});
      clock.advance(DAY);
    }
    const kinds = (kind: string) => listed().filter((backup) => backup.kind === kind);
    expect(kinds('daily').map((backup) => backup.id)).toEqual(Array.from({ length: 14 }, (_, index) => `daily-2026-11-${String(20 - index).padStart(2, '0')}`));
    expect(kinds('before-import')).toHaveLength(1);
    expect(kinds('manual')).toHaveLength(1);

    // Fewer kept: the next daily backup removes the oldest ones, and only daily ones.
    expect(await invoke(router, 'ownlog:backup-keep-set', { keepDailyBackups: 3 })).toMatchObject({ ok: true, value: { keepDaily: 3 } });
    expect(listed().filter((backup) => backup.kind === 'daily')).toHaveLength(14);
    const { removed } = journal.data.backups.daily();
    expect(removed).toHaveLength(12);
    expect(listed().map((backup) => backup.kind).sort()).toEqual(['before-import', 'daily', 'daily', 'daily', 'manual']);
    expect(fs.readdirSync(backupsDir()).filter((name) => name.startsWith('.'))).toEqual([]);
    // The setting is the user's: it survives a restart.
    expect(call(openJournalAt(folder.dir, clock), 'ownlog:settings-get', {}).keepDailyBackups).toBe(3);
  });

  it('refuse a number of daily backups below one, and change nothing', async () => {
    const router = routerFor(journal);
    const before = snapshotFiles(folder.dir);
    expect(await invoke(router, 'ownlog:backup-keep-set', { keepDailyBackups: 0 })).toMatchObject({ ok: false, error: { message: 'Keep at least one daily backup.' } });
    expect(await invoke(router, 'ownlog:backup-keep-set', { keepDailyBackups: 2.5 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });

  it('list only complete backups: a copy cut short or a stray folder is not one', () => {
    journal.capture('Reply to the vendor');
    journal.data.backups.daily();
    fs.mkdirSync(path.join(backupsDir(), '.incomplete-abc123'));
    fs.mkdirSync(path.join(backupsDir(), 'my-own-folder'));
    fs.writeFileSync(path.join(backupsDir(), 'my-own-folder', 'backup.json'), '{"not": "a manifest"}');
    expect(listed().map((backup) => backup.id)).toEqual(['daily-2026-11-01']);
  });
});

describe('restoring a backup', () => {
  it('backs up the journal as it is first, then brings back the exact files and shows them at once', async () => {
    const kept = journal.capture('Write the runbook for the queue consumer');
    const { taken } = journal.data.backups.daily();
    const atBackup = journalFiles(folder.dir);

    // Later: a promise closed into a new month's archive, another captured, a setting changed.
    clock.advance(30 * DAY);
    journal.closeAsDone(kept.id);
    const later = journal.capture('Prepare the Q1 planning doc');
    const laterFile = path.basename(openFilePath(folder.dir, later.id));
    call(journal, 'ownlog:backup-keep-set', { keepDailyBackups: 5 });
    const beforeRestore = journalFiles(folder.dir);
    expect(Object.keys(beforeRestore)).toContain('archive-2026-12.json');

    const restored = await invoke(routerFor(journal), 'ownlog:backup-restore', { id: taken?.id ?? '' });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.restored.id).toBe('daily-2026-11-01');
    expect(restored.value.safety).toMatchObject({ kind: 'before-restore', takenAt: '2026-12-01T08:00:00.000Z' });

    expect(journalFiles(folder.dir)).toEqual(atBackup);
    const safetyCopy = snapshotFiles(path.join(backupsDir(), restored.value.safety.id));
    expect(Object.fromEntries(Object.entries(safetyCopy).filter(([name]) => name !== 'backup.json'))).toEqual(beforeRestore);
    // Files the backup did not have (a new month, settings saved since, the file of a promise
    // made since) are moved aside, not deleted.
    const setAside = new Map(restored.value.setAside.map((file) => [path.basename(file), fs.readFileSync(file, 'base64')]));
    const newOpenFile: [string, string | undefined][] = laterFile in atBackup ? [] : [[laterFile.replace('.json', '.not-in-backup-2026-12-01T08-00-00-000Z.json'), beforeRestore[laterFile]]];
    expect(setAside).toEqual(
      new Map([
        ['archive-2026-12.not-in-backup-2026-12-01T08-00-00-000Z.json', beforeRestore['archive-2026-12.json']],
        ...newOpenFile,
        ['settings.not-in-backup-2026-12-01T08-00-00-000Z.json', beforeRestore['settings.json']],
      ]),
    );

    // Shown without a restart.
    expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Write the runbook for the queue consumer']);
    expect(call(journal, 'ownlog:settings-get', {}).keepDailyBackups).toBe(14);
    expect(call(journal, 'ownlog:commitment-closed', { from: '2026-11-01T00:00:00.000Z', to: '2026-12-31T00:00:00.000Z' })).toEqual([]);

    // And the restore can itself be undone from the backup it took.
    await invoke(routerFor(journal), 'ownlog:backup-restore', { id: restored.value.safety.id });
    expect(journalFiles(folder.dir)).toEqual(beforeRestore);
    expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Prepare the Q1 planning doc']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { id } = journal.capture('Write the runbook');
    const { taken } = journal.data.backups.daily();
    journal.capture('Another promise');
    const damaged = path.basename(openFilePath(folder.dir, id));
    fs.appendFileSync(path.join(backupsDir(), taken?.id ?? '', damaged), ' ');
    const before = snapshotFiles(folder.dir);
    const backupsBefore = listed();

    const restored = await invoke(routerFor(journal), 'ownlog:backup-restore', { id: taken?.id ?? '' });
    expect(restored).toMatchObject({ ok: false, error: { code: 'invalid', message: `That backup is damaged: ${damaged} is not what was copied. Nothing was changed.` } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
    expect(listed()).toEqual(backupsBefore);
  });

  it('refuses a backup of a journal a newer Ownlog saved, so nothing is downgraded', async () => {
    journal.capture('Write the runbook');
    fs.writeFileSync(path.join(folder.dir, 'layout.json'), JSON.stringify({ version: 99 }));
    const { taken } = openJournalAt(folder.dir, clock).data.backups.daily();
    expect(taken?.layoutVersion).toBe(99);
    fs.writeFileSync(path.join(folder.dir, 'layout.json'), JSON.stringify({ version: 1 }));
    const current = openJournalAt(folder.dir, clock);
    const before = snapshotFiles(folder.dir);
    const restored = await invoke(routerFor(current), 'ownlog:backup-restore', { id: taken?.id ?? '' });
    expect(restored).toMatchObject({ ok: false, error: { code: 'invalid', message: 'That backup was taken by a newer version of Ownlog, which this one cannot read. Update Ownlog to restore it.' } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });

  it('refuses an id that names no backup, or a path', async () => {
    for (const id of ['daily-2020-01-01', '../journal', '']) {
      expect(await invoke(routerFor(journal), 'ownlog:backup-restore', { id })).toMatchObject({ ok: false });
    }
  });
});
