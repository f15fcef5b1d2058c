import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { call } from '../support/call.ts';
import { useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

const titles = (page: Page) => page.locator('.loops .loop-title').allTextContents();
const status = (page: Page) => page.getByRole('status').textContent();

/** From the capture line, Esc moves the keyboard to the list; j moves down from the top. */
async function focusRow(page: Page, index: number) {
  await page.keyboard.press('Escape');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('j');
}

describe('commitments in Chromium', () => {
  it('takes back a part the parser misread, with one key, before saving', async () => {
    const { page, journal } = await suite.start();
    await page.keyboard.type('Prepare the March planning doc for Priya');
    await page.locator('.chip-due').waitFor();
    await page.keyboard.press('Alt+D');
    await page.locator('.chip-ignored', { hasText: 'no date' }).waitFor();
    expect(await page.locator('.chip-due').count()).toBe(0);
    await expect.poll(() => page.locator('.chip-title').textContent()).toBe('Prepare the March planning doc');
    await page.keyboard.press('Enter');
    await expect.poll(() => journal.openLoops().map((loop) => loop.commitment)).toMatchObject([{ title: 'Prepare the March planning doc', promisedTo: 'Priya', due: null }]);
  });

  it('warns before taking on more than capacity, offers the honest reply, and records the choice', async () => {
    const app = await suite.start();
    const { page, journal } = app;
    for (let index = 1; index <= 5; index += 1) journal.capture(`Task ${String(index)} for Lee by Thursday`);
    const capture = page.getByLabel('What did you promise?');
    await capture.fill('Review the billing RFC for Omar tomorrow');
    const warning = page.getByRole('note', { name: 'Over capacity' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('I can take that on, but it means deprioritizing “Task 5” (for Lee) — which should I do?');
    await warning.getByRole('button', { name: 'Copy reply' }).click();
    await expect.poll(() => app.clipboard.texts).toEqual(['I can take that on, but it means deprioritizing “Task 5” (for Lee) — which should I do?']);
    await capture.press('Enter');
    await expect.poll(() => warning.textContent()).toContain('Press Enter again to take it on anyway');
    expect(journal.openLoops()).toHaveLength(5);
    await capture.press('Enter');
    await expect.poll(() => journal.openLoops()).toHaveLength(6);
    const taken = journal.openLoops().find((loop) => loop.commitment.title === 'Review the billing RFC');
    expect(taken?.commitment.history[0]).toMatchObject({ type: 'captured', overCapacity: { load: 5, capacity: 5 } });
  });

  it('renegotiates by keyboard: r, a new date as words, the drafted message, Enter', async () => {
    const { page, journal } = await suite.start();
    journal.capture('Send rollout plan to Priya by Thu 3pm');
    await page.locator('.loop').waitFor();
    await focusRow(page, 0);
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Renegotiate “Send rollout plan”' });
    await dialog.waitFor();
    await page.keyboard.type('Friday 10am');
    const message = dialog.getByLabel('Message to Priya');
    await expect.poll(() => message.inputValue()).toContain('I can have it to you by Fri 27 Nov, 10:00, because [reason]');
    // The draft's [reason] must be filled in before it is saved.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Fill in the [reason]');
    await message.fill((await message.inputValue()).replace('[reason]', 'the load test found a regression'));
    await dialog.getByLabel('New date').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => status(page)).toContain('Renegotiated: Send rollout plan is now due Fri 27 Nov, 10:00');
    expect(await page.locator('.loop-due').textContent()).toBe('Fri 27 Nov, 10:00');
    const [loop] = journal.openLoops();
    expect(loop?.commitment.history.at(-1)).toMatchObject({ type: 'renegotiated', timing: 'on-time', to: '2026-11-27T09:00:00.000Z' });
  });

  it('drops with a note that must be written, and says what is missing if it is not', async () => {
    const { page, journal } = await suite.start();
    journal.capture('Write the wiki page for Omar');
    await page.locator('.loop').waitFor();
    await focusRow(page, 0);
    await page.keyboard.press('x');
    const dialog = page.getByRole('dialog', { name: 'Drop “Write the wiki page”' });
    const note = dialog.getByLabel('Note to Omar');
    await expect.poll(() => note.inputValue()).toContain('I’m not going to do “Write the wiki page” after all');
    await note.fill('');
    await dialog.getByRole('button', { name: 'Drop it' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Write the note to Omar');
    expect(journal.openLoops()).toHaveLength(1);
    await note.fill('Omar — the handbook covers this now, so I’m not writing the page.');
    await dialog.getByRole('button', { name: 'Drop it' }).click();
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    expect(await status(page)).toContain('Dropped: Write the wiki page');
  });

  it('undoes a one-key close with u, and deletes a mistake only after confirming', async () => {
    const { page, journal } = await suite.start();
    journal.capture('Fix the flaky login test');
    journal.capture('asdfgh');
    await page.locator('.loop').nth(1).waitFor();
    await focusRow(page, 0);
    await page.keyboard.press('d');
    await expect.poll(() => titles(page)).toEqual(['asdfgh']);
    await page.keyboard.press('u');
    await expect.poll(() => titles(page)).toEqual(['asdfgh', 'Fix the flaky login test']);
    expect(await status(page)).toContain('Undone: Fix the flaky login test is open again');

    await page.locator('.loop').first().focus();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete “asdfgh”?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await titles(page)).toEqual(['asdfgh', 'Fix the flaky login test']);
    await page.locator('.loop').first().focus();
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => titles(page)).toEqual(['Fix the flaky login test']);
  });

  it('filters by words, person and source, with counts for the whole list', async () => {
    const { page, journal } = await suite.start();
    journal.capture('Send rollout plan to Priya by Thu 3pm #meeting');
    journal.capture('Review the billing RFC for Omar #review');
    journal.capture('Write the rollout runbook for Priya #chat');
    await page.locator('.loop').nth(2).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await page.keyboard.type('rollout');
    await expect.poll(() => titles(page)).toEqual(['Send rollout plan', 'Write the rollout runbook']);
    await page.getByLabel('Promised to').selectOption('Omar');
    await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Source').selectOption('review');
    await expect.poll(() => titles(page)).toEqual(['Review the billing RFC']);
    expect(await page.locator('h1 .count').textContent()).toBe('3');
  });

  it('opens a commitment with Enter, edits it, ships it against its checklist, and shows the history', async () => {
    const { page, journal } = await suite.start();
    const { id } = journal.capture('Ship the export service to Priya by Friday');
    await page.locator('.loop').waitFor();
    await focusRow(page, 0);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ship the export service', level: 1 }).waitFor();

    await page.getByLabel('Title').fill('Ship the export service v2');
    await page.getByLabel('Ownership level').selectOption('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Ship the export service v2', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Add the checklist from your settings' }).click();
    const boxes = page.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(6);
    await boxes.nth(0).click();
    await expect.poll(() => journal.openLoops()[0]?.commitment.checklist[0]?.checked).toBe(true);

    await page.locator('body').click();
    await page.keyboard.press('d');
    const confirm = page.getByRole('dialog', { name: 'Close “Ship the export service v2” with items unchecked?' });
    await confirm.waitFor();
    expect(await confirm.getByRole('listitem').count()).toBe(5);
    await confirm.getByRole('button', { name: 'Close, skipping 5' }).click();
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();

    const done = call(journal, 'ownlog:commitment-get', { id, month: '2026-11' });
    expect(done.history.at(-1)).toMatchObject({ type: 'status', to: 'done', skipped: expect.arrayContaining(['The team knows what to watch']) as string[] });

    // Back on Open loops the capture line has the focus: Esc leaves it, then c opens Closed.
    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: /^Closed/ }).waitFor();
    await page.getByRole('link', { name: /Ship the export service v2/ }).click();
    const history = page.locator('.history li');
    await expect.poll(() => history.allTextContents()).toEqual([
      expect.stringContaining('Done, skipping: Monitoring shows it working') as string,
      expect.stringContaining('Definition of shipped: ☐ Tests cover the change → ☑ Tests cover the change') as string,
      expect.stringContaining('Definition of shipped: added 6 items from the template') as string,
      expect.stringContaining('Ownership level: 3 → 2') as string,
      expect.stringContaining('Title: Ship the export service → Ship the export service v2') as string,
      expect.stringContaining('Captured') as string,
    ]);
    await page.getByRole('button', { name: 'Reopen' }).click();
    await page.getByRole('button', { name: /^Done/ }).waitFor();
    expect(journal.openLoops().map((loop) => loop.commitment.id)).toEqual([id]);
  });

  it('records found work with its cost and a drafted message, then defers it to its own commitment', async () => {
    const { page, journal } = await suite.start();
    const { id } = journal.capture('Migrate the queue to Priya by Dec 4');
    await page.locator('.loop').waitFor();
    await focusRow(page, 0);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Migrate the queue', level: 1 }).waitFor();
    await page.keyboard.press('s');
    const dialog = page.getByRole('dialog', { name: 'More work found on “Migrate the queue”' });
    await dialog.waitFor();
    await page.keyboard.type('the cron jobs');
    await dialog.getByLabel('Adds (days)').fill('2');
    await dialog.getByLabel('Why now').fill('they break when the old host goes');
    await expect.poll(() => dialog.getByLabel('Message to Priya').inputValue()).toContain('This would add 2 days. Should I proceed?');
    await dialog.getByRole('button', { name: 'Record it' }).click();
    await page.getByRole('group', { name: 'Decide on “the cron jobs”' }).waitFor();

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.loop .risk').allTextContents()).toEqual(['To decide']);
    await page.locator('.loop').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Defer to its own commitment' }).click();
    await page.getByRole('link', { name: 'open it' }).waitFor();
    const open: Commitment[] = journal.openLoops().map((loop) => loop.commitment);
    expect(open.map((commitment) => commitment.title).sort()).toEqual(['Migrate the queue', 'the cron jobs']);
    expect(open.find((commitment) => commitment.id === id)?.scopeChanges[0]?.decision?.kind).toBe('defer');
  });
});
