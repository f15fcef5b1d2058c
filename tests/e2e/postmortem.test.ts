import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MINUTE, VirtualClock } from '../support/virtual-clock.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

const stepTitle = (page: Page) => page.locator('#pm-step-title').textContent();
const next = (page: Page) => page.keyboard.press('Alt+ArrowRight');

describe('a postmortem in Chromium', () => {
  it('is started, walked through all eight steps and completed by keyboard, with its action item in Open loops', async () => {
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const app = await suite.start({ clock });
    const { page, journal } = app;
    // What the journal knows around the incident: a promise and a blocker with an attempt.
    journal.capture('Migrate the orders table for Priya by Friday');
    const blocker = journal.blockers.start({ what: 'Orders migration times out on staging' });
    journal.blockers.logAttempt({ id: blocker.blocker.id, tried: 'Raised the lock timeout to 15 min', showed: 'Timed out again' });
    await page.locator('.loop').waitFor();

    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Start a postmortem' });
    await dialog.waitFor();
    await page.keyboard.type('Checkout errors after the orders migration');
    await page.keyboard.press('Tab');
    await dialog.getByLabel('When did it happen?').fill('2026-11-24T15:05');
    await page.keyboard.press('Enter');

    // 1. Acknowledge: acknowledged defaults to now; detected is said; the time to acknowledge shows.
    await expect.poll(() => stepTitle(page)).toBe('Acknowledge');
    expect(await page.getByText('Step 1 of 8').count()).toBe(1);
    await page.getByLabel('When it was detected').fill('2026-11-24T15:20');
    await expect.poll(() => page.locator('.pm-figure').textContent()).toContain('Time to acknowledge: 10 min');
    await next(page);

    // 2. Impact, with the severity chosen by arrow keys.
    await expect.poll(() => stepTitle(page)).toBe('Impact');
    await page.keyboard.type('EU card customers');
    await page.keyboard.press('Tab');
    await page.keyboard.type('25 minutes');
    await page.keyboard.press('Tab');
    await page.keyboard.type('About 1 in 5 checkouts failed with a 500');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel(/^2Major/).isChecked()).toBe(true);
    await next(page);

    // 3. Tell: the drafted statement is copied, then recorded as sent to Priya.
    await expect.poll(() => stepTitle(page)).toBe('Tell the right people');
    const statement = page.getByLabel('Ownership statement');
    expect(await statement.inputValue()).toContain('I own this.\nWhat happened: Checkout errors after the orders migration; About 1 in 5 checkouts failed with a 500; it affected EU card customers for 25 minutes.');
    await page.getByRole('button', { name: 'Copy statement' }).press('Enter');
    await expect.poll(() => app.clipboard.texts[0] ?? '').toContain('I own this.');
    await statement.fill('I own this.\nWhat happened: checkout failed for EU card customers for 25 minutes.\nRoot cause (so far): the migration held a lock.\nWhat I\'m doing now: rolled back.\nFix and when: a lock check in deploys by Friday.\nHow we prevent it: check lock holders before migrating.');
    // Telling Priya takes a few minutes; the time recorded is the journal's, then.
    clock.advance(5 * MINUTE);
    await page.getByLabel('Told', { exact: true }).fill('Priya');
    await page.keyboard.press('Enter');
    await page.getByText('sent the statement').waitFor();
    await next(page);

    // 4. Timeline: pre-filled from the journal; one more entry typed.
    await expect.poll(() => stepTitle(page)).toBe('Timeline');
    const entries = page.getByRole('list', { name: 'Timeline' }).locator('input[type="text"]');
    await expect.poll(async () => Promise.all((await entries.all()).map((entry) => entry.inputValue()))).toEqual([
      'Promised “Migrate the orders table” to Priya',
      'Blocked: Orders migration times out on staging',
      'Tried: Raised the lock timeout to 15 min — Timed out again',
    ]);
    await page.getByLabel('What happened then').fill('Rolled back to 4.12.1');
    await page.keyboard.press('Enter');
    await next(page);

    // 5. Root cause: naming a person gets a gentle prompt, which does not stop anything.
    await expect.poll(() => stepTitle(page)).toBe('Root cause');
    await page.keyboard.type('Priya forgot to check for locks');
    const prompt = page.getByRole('note');
    await expect.poll(() => prompt.textContent()).toContain('“Priya forgot” names a person as the cause');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('The migration waited on a lock held by the nightly export');
    await expect.poll(() => prompt.count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Deploys do not check for lock holders');
    await page.getByPlaceholder('e.g. Deploys do not check for long-running locks').fill('Nothing checks for lock holders before a migration');
    await page.keyboard.press('Enter');
    await next(page);

    // 6. Resolution and luck.
    await expect.poll(() => stepTitle(page)).toBe('Resolution');
    await page.keyboard.type('Rolled back; errors stopped within two minutes');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The retry queue kept every failed order');
    await next(page);

    // 7. Action items: a real commitment, shown with its live status.
    await expect.poll(() => stepTitle(page)).toBe('Action items');
    await page.keyboard.type('Add a lock check to the deploy script');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Friday 5pm');
    await page.getByText('Fri 27 Nov, 17:00').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Priya');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Action items' }).getByText('Add a lock check to the deploy script').waitFor();
    expect(await page.locator('.pm-figure').textContent()).toBe('0 of 1 action items done');
    await next(page);

    // 8. Lessons; Ctrl+Enter goes to the review (taking the lesson typed along), then completes.
    await expect.poll(() => stepTitle(page)).toBe('Lessons');
    await page.keyboard.type('Check for lock holders before deploying a migration');
    await page.keyboard.press('Tab');
    await page.keyboard.type('deploys, migrations');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => stepTitle(page)).toBe('Review');
    await page.getByText('Every step has content').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByText(/^Complete since/).waitFor();

    const [postmortem] = journal.postmortems.library().postmortems;
    expect(postmortem).toMatchObject({ status: 'complete', severity: 2, progress: { done: 0, total: 1 }, stepsLeft: 0 });
    const saved = journal.postmortems.get(postmortem!.id).postmortem;
    expect(saved.lessons).toEqual([{ text: 'Check for lock holders before deploying a migration', tags: ['deploys', 'migrations'] }]);
    expect(saved.told).toMatchObject([{ who: 'Priya', at: '2026-11-24T14:35:00.000Z' }]);
    expect(saved.told[0]?.sent).toContain('Fix and when: a lock check in deploys by Friday.');
    expect(saved.whys).toEqual(['The migration waited on a lock held by the nightly export', 'Deploys do not check for lock holders']);

    // A complete postmortem is shared like an update: saved as Markdown where the user chooses.
    await page.getByRole('group', { name: 'Share it' }).getByRole('button', { name: 'Save Markdown…' }).click();
    await expect.poll(() => app.exports.saved.map((file) => path.basename(file))).toEqual([`ownlog-postmortem-${saved.happenedAt.slice(0, 10)}.md`]);
    const markdown = fs.readFileSync(app.exports.saved[0]!, 'utf8');
    expect(markdown).toContain('Check for lock holders before deploying a migration');
    expect(markdown).toContain('Add a lock check to the deploy script');

    // Esc goes to the library; the action item is an open loop like any promise.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: /^Postmortems/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.loop-title', { hasText: 'Add a lock check to the deploy script' }).waitFor();
    const loop = journal.openLoops().find((candidate) => candidate.commitment.title === 'Add a lock check to the deploy script');
    expect(loop?.commitment).toMatchObject({ source: 'postmortem', promisedTo: 'Priya', due: '2026-11-27T16:00:00.000Z' });
    expect(await page.getByRole('heading', { name: /Postmortem drafts/ }).count()).toBe(0);
  });

  it('keeps a draft in Open loops, resumes it where it was left, and will not lose an action item half typed', async () => {
    const dir = suite.folder();
    const first = await suite.start({ dir });
    const { postmortem } = first.journal.postmortems.start({ title: 'Wrong feature flag in production', happenedAt: '2026-11-24T10:00:00.000Z' });
    first.journal.postmortems.save({ id: postmortem.id, changes: {}, step: 'action-items' });
    await suite.quit(first);

    const { page } = await suite.start({ dir });
    const drafts = page.getByRole('region', { name: /Postmortem drafts/ });
    await drafts.getByText('Wrong feature flag in production').waitFor();
    expect(await drafts.textContent()).toContain('resume at Action items');
    await drafts.getByRole('link').press('Enter');
    await expect.poll(() => stepTitle(page)).toBe('Action items');
    await page.keyboard.type('Add a flag audit to the release checklist');
    await next(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Add “Add a flag audit to the release checklist” to Open loops (Enter), or clear it');
    expect(await stepTitle(page)).toBe('Action items');
    expect(await page.getByLabel('What will be done').inputValue()).toBe('Add a flag audit to the release checklist');
  });

  it('finds a lesson in the library by a word and by another form of it, and a resolved blocker’s lesson', async () => {
    const app = await suite.start();
    const { page, journal } = app;
    const { postmortem } = journal.postmortems.start({ title: 'Checkout errors after the orders migration', happenedAt: '2026-11-24T10:00:00.000Z' });
    journal.postmortems.save({ id: postmortem.id, changes: { lessons: [{ text: 'Check lock holders before you deploy a migration', tags: ['deploys'] }] } });
    const blocker = journal.blockers.start({ what: 'Staging deploy fails on the orders migration' });
    journal.blockers.resolve({ id: blocker.blocker.id, how: 'Moved the BI export', lesson: 'Look at pg_stat_activity when a deploy hangs' });

    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+P');
    await page.getByRole('list', { name: 'All postmortems' }).getByText('Checkout errors after the orders migration').waitFor();
    await page.keyboard.press('f');
    const search = page.getByLabel('Search postmortems and lessons');
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.type('deploying');
    const hits = page.locator('.pm-hit');
    await expect.poll(async () => (await hits.allTextContents()).sort()).toEqual([
      'Blocker lessonLook at pg_stat_activity when a deploy hangsBlocked on: Staging deploy fails on the orders migration',
      'LessonCheck lock holders before you deploy a migrationCheckout errors after the orders migration#deploys',
    ]);
    const lesson = hits.filter({ hasText: 'Check lock holders' });
    // The hits of a query typed part way read the same; only their marks say which query.
    await expect.poll(() => lesson.locator('mark').allTextContents()).toEqual(['deploy']);
    await lesson.click();
    await expect.poll(() => stepTitle(page)).toBe('Review');
  });
});
