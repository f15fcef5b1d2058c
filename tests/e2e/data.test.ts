import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../support/call.ts';
import { journalFiles, snapshotFiles } from '../support/journal-dir.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

describe('your data in Chromium', () => {
  it('exports everything, then imports it elsewhere after showing what it will do, by keyboard', async () => {
    const source = await suite.start({ route: '/settings/data' });
    source.journal.capture('Send the rollout plan to Priya by Thu 3pm');
    source.journal.closeAsDone(source.journal.capture('Fix the flaky login test').id);
    const status = source.page.getByRole('status');
    await source.page.getByRole('button', { name: 'Export everything…' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Exported 2 records to .*ownlog-journal-2026-11-24\.json$/);
    const [exported] = source.exports.saved;
    if (exported === undefined) throw new Error('nothing was exported');
    await suite.quit(source);

    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const target = await suite.start({ dir, clock, route: '/settings/data' });
    target.journal.capture('Reply to the vendor questionnaire');
    const { page } = target;
    target.imports.pick = exported;
    await page.getByRole('button', { name: 'Import…' }).click();

    const summary = page.getByRole('region', { name: 'Import ownlog-journal-2026-11-24.json?' });
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      '2 new records will be added (2 commitments).',
      '0 records in your journal will be replaced by the file’s version.',
      '0 records are already in your journal exactly as in the file.',
      'Records in your journal that are not in the file stay as they are.',
    ]);
    expect(await summary.textContent()).toContain('Your settings are the same as the file’s.');
    // Nothing is written before the user confirms.
    expect(target.journal.openLoops()).toHaveLength(1);

    // The summary's heading has the focus; Tab reaches Cancel, then Import.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Import ownlog-journal-2026-11-24.json?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Import');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Imported ownlog-journal-2026-11-24\.json: 2 added, 0 replaced\. Your journal as it was before is kept as a backup of Tue, 24 Nov 2026, 15:30\.$/);
    await summary.waitFor({ state: 'detached' });

    const backups = page.getByRole('region', { name: 'Backups' });
    await expect.poll(() => backups.getByRole('row').allInnerTexts()).toEqual([expect.stringMatching(/^Taken\s+Kind\s+Size/), expect.stringMatching(/^Tue, 24 Nov 2026, 15:30\s+Before an import\s*kept always\s+\d+(\.\d)? (bytes|KB) · 3 files\s+Restore…\s*the backup of Tue, 24 Nov 2026, 15:30$/i)]);

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Open loops' }).waitFor();
    await expect.poll(() => page.locator('.loop-title').allTextContents()).toEqual(expect.arrayContaining(['Send the rollout plan', 'Reply to the vendor questionnaire']));
    expect(call(target.journal, 'ownlog:commitment-closed', { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' }).map((commitment) => commitment.title)).toEqual(['Fix the flaky login test']);
  });

  it('lists every problem of a bad file with its path, and changes nothing', async () => {
    const dir = suite.folder();
    const app = await suite.start({ dir, route: '/settings/data' });
    app.journal.capture('Write the incident summary for Lee');
    const good = JSON.parse(app.journal.data.exportFile().text) as { records: Record<string, unknown>[] };
    const [first] = good.records;
    if (!first) throw new Error('nothing to spoil');
    good.records = [{ ...first, due: 'next Tuesday', title: '' }, { ...first }];
    const bad = path.join(app.exports.folder, 'spoiled.json');
    fs.writeFileSync(bad, JSON.stringify(good));
    const before = snapshotFiles(dir);

    app.imports.pick = bad;
    await app.page.getByRole('button', { name: 'Import…' }).click();
    const problems = app.page.getByRole('alert').filter({ hasText: 'spoiled.json cannot be imported' });
    await problems.waitFor();
    expect(await problems.locator('p').first().textContent()).toBe('Nothing was changed. Ownlog found 3 problems:');
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      'records[0].title: empty.',
      'records[0].due: "next Tuesday" is not a date-time like 2026-11-24T14:30:00.000Z (UTC, with milliseconds).',
      `records[1].id: "${String(first.id)}" is also the id of records[0]: each record is in the file once.`,
    ]);
    expect(snapshotFiles(dir)).toEqual(before);
    expect(fs.existsSync(`${dir}-backups`)).toBe(false);

    await problems.getByRole('button', { name: 'Close' }).click();
    await problems.waitFor({ state: 'detached' });
    await app.page.getByRole('button', { name: 'Import…' }).waitFor();
  });

  it('restores a backup chosen from the list after asking, keeping a backup of the journal as it was', async () => {
    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const app = await suite.start({ dir, clock, route: '/settings/data' });
    const { page, journal } = app;
    await page.getByText('No backups yet.').waitFor();
    journal.capture('Send the rollout plan to Priya by Thu 3pm');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Backed up: Tue, 24 Nov 2026, 15:30, kept until you delete it.');
    const atBackup = journalFiles(dir);
    clock.advance(HOUR);
    journal.capture('Prepare the demo for Sam tomorrow');

    await page.getByRole('button', { name: 'Restore… the backup of Tue, 24 Nov 2026, 15:30' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore the backup of Tue, 24 Nov 2026, 15:30?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Restored the backup of Tue, 24 Nov 2026, 15:30\. Your journal as it was just before is kept as a backup of Tue, 24 Nov 2026, 16:30\.$/);
    expect(journalFiles(dir)).toEqual(atBackup);
    expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Send the rollout plan']);
    await expect.poll(() => page.getByRole('region', { name: 'Backups' }).getByRole('cell').allTextContents()).toContain('Before a restorekept always');

    // How many daily backups are kept: the user's number, checked by the journal.
    const keep = page.getByLabel('Daily backups kept');
    await keep.fill('0');
    await keep.press('Enter');
    await page.getByText('Keep at least one daily backup.').waitFor();
    await keep.fill('3');
    await keep.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Ownlog now keeps the newest 3 daily backups.');
    expect(call(journal, 'ownlog:settings-get', {}).keepDailyBackups).toBe(3);
  });
});
