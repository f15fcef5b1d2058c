import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { call } from '../support/call.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { useAppSuite } from './support/suite.ts';

const run = promisify(execFile);
const suite = useAppSuite();

describe('the daily check-in in Chromium', () => {
  it('is pre-filled, edited line by line by keyboard, saved with Ctrl+Enter, and kept', async () => {
    const dir = suite.folder();
    // Friday 20 November: a promise closed, another due on Monday.
    const clock = new VirtualClock('2026-11-20T09:00:00.000Z', process.env.TZ);
    const seeding = await suite.start({ dir, clock });
    const { id } = seeding.journal.capture('Fix the flaky login test for Lee');
    seeding.journal.closeAsDone(id);
    seeding.journal.capture('Send the rollout plan to Priya by Monday 3pm');
    await suite.quit(seeding);

    clock.setWall('2026-11-23T08:40:00.000Z'); // Monday 09:40
    const app = await suite.start({ dir, clock, route: '/checkin' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    const yesterday = page.getByRole('region', { name: 'Yesterday' }).getByRole('textbox');
    const today = page.getByRole('region', { name: 'Today' }).getByRole('textbox');
    expect(await yesterday.first().inputValue()).toBe('Done: Fix the flaky login test (to Lee)');
    expect(await today.first().inputValue()).toBe('Send the rollout plan — due Mon 23 Nov, 15:00 (to Priya)');

    // Edit the first line of Today, then Enter adds a line after it for the user's own plan.
    await today.first().fill('Send the rollout plan to Priya before 15:00');
    await today.first().press('Control+End');
    await today.first().press('Enter');
    await page.keyboard.type('Pair with Ana on the search bug');
    // A blocker line typed and taken back: emptied, Backspace removes it.
    const blockers = page.getByRole('region', { name: 'Blockers' });
    await blockers.getByRole('button', { name: 'Add a line' }).click();
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await blockers.getByRole('textbox').count()).toBe(0);

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Checked in for Monday 23 November');
    const { saved } = call(app.journal, 'ownlog:checkin-today', {});
    expect(saved).toMatchObject({
      day: '2026-11-23',
      yesterday: ['Done: Fix the flaky login test (to Lee)'],
      today: ['Send the rollout plan to Priya before 15:00', 'Pair with Ana on the search bug'],
      blockers: [],
    });
  });
});

describe('status updates in Chromium', () => {
  it('drafts the week, keeps the user’s edit, asks before drafting over it, and exports every format', async () => {
    const dir = suite.folder();
    const clock = new VirtualClock('2026-11-24T14:30:00.000Z', process.env.TZ);
    const app = await suite.start({ dir, clock, route: '/status' });
    const { page, journal } = app;
    const plan = journal.capture('Send the rollout plan to Priya by Wed');
    journal.closeAsDone(plan.id);
    call(journal, 'ownlog:decision-record', { what: 'Use Postgres advisory locks', why: 'Fewer moving parts' });

    await page.getByRole('button', { name: 'This week’s update' }).click();
    const editor = page.getByLabel('The update, in Markdown');
    await expect.poll(() => editor.inputValue()).toContain('# Weekly update — 2026-W48');
    expect(await editor.inputValue()).toContain('### For Priya\n\n- Send the rollout plan');
    expect(await editor.inputValue()).toContain('- Use Postgres advisory locks — Fewer moving parts (Tue 24 Nov)');

    await editor.press('Control+End');
    await page.keyboard.type('\n## Also\n\n- Paired with Ana on the search bug\n');
    await expect.poll(() => call(journal, 'ownlog:status-list', {}).unsent[0]?.text ?? '').toContain('Paired with Ana');

    await page.getByRole('button', { name: 'Draft again from the journal' }).click();
    const ask = page.getByRole('dialog', { name: 'Replace your edits?' });
    await ask.waitFor();
    await page.keyboard.press('Enter'); // "Keep mine" has the focus
    await ask.waitFor({ state: 'detached' });
    expect(await editor.inputValue()).toContain('Paired with Ana');

    for (const format of ['Markdown', 'HTML', 'PDF', 'Text']) {
      await page.getByRole('button', { name: `Save ${format}…` }).first().click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`Saved .*ownlog-weekly-2026-W48\\.(md|html|pdf|txt)$`));
    }
    await expect.poll(() => app.exports.saved.map((file) => path.basename(file))).toEqual([
      'ownlog-weekly-2026-W48.md',
      'ownlog-weekly-2026-W48.html',
      'ownlog-weekly-2026-W48.pdf',
      'ownlog-weekly-2026-W48.txt',
    ]);
    const saved = (extension: string) => fs.readFileSync(path.join(app.exports.folder, `ownlog-weekly-2026-W48.${extension}`));
    expect(saved('md').toString()).toContain('## Also\n\n- Paired with Ana on the search bug');
    expect(saved('html').toString()).toContain('<li>Paired with Ana on the search bug</li>');
    expect(saved('txt').toString()).toContain('Also\n----\n\n- Paired with Ana on the search bug');
    expect(saved('pdf').subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout } = await run('pdftotext', ['-layout', path.join(app.exports.folder, 'ownlog-weekly-2026-W48.pdf'), '-']);
    expect(stdout).toContain('Weekly update — 2026-W48');
    expect(stdout).toContain('Send the rollout plan');
    expect(stdout).toContain('Paired with Ana on the search bug');

    await page.getByRole('button', { name: 'Copy Markdown' }).first().click();
    await expect.poll(() => app.clipboard.texts.at(-1) ?? '').toContain('## Also');

    await page.getByRole('button', { name: 'Mark sent' }).click();
    await expect.poll(() => call(journal, 'ownlog:status-list', {}).unsent).toEqual([]);
  });

  it('records a decision from any screen with Shift+D', async () => {
    const { page, journal } = await suite.start();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+D');
    const dialog = page.getByRole('dialog', { name: 'Record a decision' });
    await dialog.waitFor();
    await page.keyboard.type('Ship the export behind a flag');
    await dialog.getByLabel('Why').fill('Lets us turn it off without a deploy');
    await dialog.getByRole('button', { name: 'Record it' }).click();
    await expect.poll(() => call(journal, 'ownlog:decision-list', { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' }).map((decision) => decision.what)).toEqual(['Ship the export behind a flag']);
  });
});
