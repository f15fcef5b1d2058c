import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUCKETS } from '../../shared/ledger/buckets.ts';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { call } from '../support/call.ts';
import { makeRepository, type TestRepository } from '../support/git-repo.ts';
import { seedCommitments } from '../support/seed.ts';
import { seedRecord } from '../support/seed-record.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();
const repositories: TestRepository[] = [];
afterEach(() => {
  for (const repository of repositories.splice(0)) repository.remove();
});

/** A year of promises, blockers and postmortem action items, as of E2E_NOW. */
function seededFolder(): string {
  const dir = suite.folder();
  writeJournalFiles(confFiles(dir), [...seedCommitments({ now: new Date(E2E_NOW), closed: 300, open: 9, seed: 11 }), ...seedRecord({ now: new Date(E2E_NOW) })]);
  return dir;
}

const ME = 'dana@example.com';

describe('the promise ledger in Chromium', () => {
  it('draws the weekly trend from the journal’s figures, a bar per week and ending', async () => {
    const { page, journal } = await suite.start({ dir: seededFolder(), route: '/ledger/last-6-months' });
    const { weeks } = call(journal, 'ownlog:ledger-trend', {});
    await page.locator('.trend-chart .recharts-bar-rectangle').first().waitFor();
    for (const bucket of BUCKETS) {
      const bars = page.locator(`.trend-chart .recharts-bar.bucket-${bucket} .recharts-bar-rectangle`);
      expect(await bars.count(), bucket).toBe(weeks.filter((week) => week.counts[bucket] > 0).length);
    }
    const ticks = await page.locator('.trend-chart .recharts-cartesian-axis-tick-value[orientation="bottom"]').allTextContents();
    expect(ticks[0]).toBe(weeks[0]?.label);
    expect(ticks.at(-1)).toBe(weeks.at(-1)?.label);

    // A stack's height is its week's total: the busiest week draws the tallest one.
    const busiest = weeks.reduce((most, week) => (week.total > most.total ? week : most));
    const heights = await page.locator('.trend-chart .recharts-rectangle').evaluateAll((paths) => {
      const byX = new Map<string, number>();
      for (const element of paths) byX.set(element.getAttribute('x') ?? '', (byX.get(element.getAttribute('x') ?? '') ?? 0) + Number(element.getAttribute('height')));
      return [...byX.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, height]) => height);
    });
    const nonEmpty = weeks.filter((week) => week.total > 0);
    expect(heights).toHaveLength(nonEmpty.length);
    expect(nonEmpty[heights.indexOf(Math.max(...heights))]?.key).toBe(busiest.key);

    // Pointing at a week shows its counts.
    const last = weeks.findLast((week) => week.counts.kept > 0)!;
    await page.locator('.trend-chart .recharts-bar.bucket-kept .recharts-rectangle').last().hover();
    const tooltip = page.locator('.trend-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain(`Week of ${last.label} (${last.week})`);
    expect(await tooltip.textContent()).toContain(`Kept on time: ${String(last.counts.kept)}`);
  });

  it('links every figure to the commitments behind it, down to their detail', async () => {
    const { page, journal } = await suite.start({ dir: seededFolder(), route: '/ledger/last-6-months' });
    const view = call(journal, 'ownlog:ledger-view', { period: 'last-6-months' });
    await page.getByRole('heading', { name: 'How promises ended' }).waitFor();
    const late = view.overall.counts.late;
    expect(late).toBeGreaterThan(0);
    await page.getByRole('link', { name: `${String(late)} done late: show them` }).click();
    await page.getByRole('heading', { level: 1, name: `Done late ${String(late)}` }).waitFor();
    const items = page.getByRole('list', { name: 'Commitments behind the figure' }).getByRole('listitem');
    expect(await items.count()).toBe(late);
    expect(await items.locator('.status').allTextContents()).toEqual(Array.from({ length: late }, () => 'Done late'));

    const first = call(journal, 'ownlog:ledger-commitments', { period: 'last-6-months', bucket: 'late' }).items[0]!;
    await items.first().click();
    await page.getByRole('heading', { level: 1, name: first.commitment.title }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/closed/${first.month ?? ''}/${first.commitment.id}`);

    // Back to the ledger, then one person's figure.
    await page.goBack();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Per person promised to' }).waitFor();
    const priya = view.byPerson.find((group) => group.name === 'Priya')!;
    await page.getByRole('link', { name: `${String(priya.figures.total)} decided, Priya: show them` }).click();
    await page.getByRole('heading', { level: 1, name: `All decided · to Priya ${String(priya.figures.total)}` }).waitFor();
    expect(await page.getByRole('list', { name: 'Commitments behind the figure' }).getByText('to Priya').count()).toBe(priya.figures.total);
  });

  it('opens the commitments of one week and ending from a bar of the chart', async () => {
    const { page, journal } = await suite.start({ dir: seededFolder(), route: '/ledger/last-6-months' });
    const { weeks } = call(journal, 'ownlog:ledger-trend', {});
    const index = weeks.map((week) => week.counts.late > 0).lastIndexOf(true);
    const week = weeks[index]!;
    await page.locator('.trend-chart .recharts-bar.bucket-late .recharts-rectangle').last().click();
    await page.getByRole('heading', { level: 1, name: `Done late ${String(week.counts.late)}` }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/ledger/${week.key}/commitments/late`);
  });
});

describe('what I did, from git, in Chromium', () => {
  function billing(): TestRepository {
    const repository = makeRepository('billing-service');
    repositories.push(repository);
    // Monday 23 November, the workday before E2E_NOW (Tuesday).
    repository.commit({ subject: 'Fix retry on 503 from the payments API', email: ME, at: '2026-11-23T10:00:00Z' });
    repository.commit({ subject: 'fix: flaky login test (#482)', email: ME, at: '2026-11-23T12:00:00Z' });
    repository.commit({ subject: 'Lee’s refactor of the client', email: 'lee@example.com', at: '2026-11-23T13:00:00Z' });
    return repository;
  }

  it('offers the user’s commits in the check-in, and an accepted one is saved with it', async () => {
    const repository = billing();
    const app = await suite.start();
    const { page, journal } = app;
    journal.closeAsDone(journal.capture('Fix the flaky login test for Lee').id);
    const gone = path.join(path.dirname(repository.dir), 'moved-away');
    call(journal, 'ownlog:git-sources-save', { repositories: [repository.dir, gone], authorEmail: ME });
    await page.evaluate(() => {
      location.hash = '#/checkin';
    });

    const panel = page.getByRole('region', { name: 'From git' });
    await panel.getByRole('heading', { name: 'billing-service' }).waitFor();
    expect(await panel.getByRole('list', { name: 'Commits in billing-service' }).getByRole('listitem').count()).toBe(1);
    expect(await panel.textContent()).toContain('Left out, as commitments you closed already say them: “fix: flaky login test (#482)”.');
    expect(await panel.getByRole('note').textContent()).toContain(`${gone} is not there any more — was it moved, renamed or on a drive that is not connected?`);

    await panel.getByRole('button', { name: 'Add “Fix retry on 503 from the payments API”' }).click();
    await panel.getByRole('button', { name: 'Added: Fix retry on 503 from the payments API' }).waitFor();
    const yesterday = page.getByRole('region', { name: 'Yesterday' }).getByRole('textbox');
    expect(await yesterday.evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value))).toEqual(['Done: Fix the flaky login test (to Lee)', 'Fix retry on 503 from the payments API (billing-service)']);

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => call(journal, 'ownlog:checkin-today', {}).saved?.yesterday).toEqual(['Done: Fix the flaky login test (to Lee)', 'Fix retry on 503 from the payments API (billing-service)']);
  });

  it('inserts a commit into the weekly update’s progress', async () => {
    const repository = billing();
    const { page, journal } = await suite.start({ route: '/status' });
    call(journal, 'ownlog:git-sources-save', { repositories: [repository.dir], authorEmail: ME });
    journal.closeAsDone(journal.capture('Send the rollout plan to Priya').id);
    await page.getByRole('button', { name: 'This week’s update' }).click();
    const panel = page.getByRole('region', { name: 'From git' });
    await panel.getByRole('button', { name: 'Insert “Fix retry on 503 from the payments API”' }).click();
    const editor = page.getByLabel('The update, in Markdown');
    expect(await editor.inputValue()).toContain('### For Priya\n\n- Send the rollout plan\n\n### From git\n\n- Fix retry on 503 from the payments API (billing-service)\n\n## Decisions');
    await expect.poll(() => call(journal, 'ownlog:status-list', {}).unsent[0]?.text ?? '').toContain('- Fix retry on 503 from the payments API (billing-service)');
  });

  it('keeps the repositories and author e-mail edited on screen, and says what it finds', async () => {
    const repository = billing();
    const { page, journal } = await suite.start({ route: '/repositories' });
    await page.getByLabel('Your author e-mail').fill(ME);
    const folder = page.getByLabel('Add a folder');
    await folder.fill('code/billing');
    await folder.press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Give the full path of the folder, like /home/you/code/app or ~/code/app.').waitFor();
    await page.getByRole('button', { name: 'Remove code/billing' }).click();
    await folder.fill(repository.dir);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => call(journal, 'ownlog:settings-get', {}).gitRepositories).toEqual([repository.dir]);
    const found = page.getByRole('list', { name: 'Repositories read' });
    await found.getByText('2 of your commits in the last 7 days').waitFor();
    expect(call(journal, 'ownlog:settings-get', {}).gitAuthorEmail).toBe(ME);
  });
});

describe('the brag doc in Chromium', () => {
  it('groups the quarter by category, takes an item moved by hand, and exports it', async () => {
    const app = await suite.start({ dir: seededFolder(), route: '/brag' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Brag doc' }).waitFor();
    const beyond = page.getByRole('region', { name: /Outside the job description/ });
    await beyond.getByText('Interview a backend candidate for the payments team').waitFor();
    expect(await beyond.getByText('keyword “interview”').count()).toBe(1);

    const projects = page.getByRole('region', { name: /^Projects/ });
    const moved = (await projects.locator('.brag-title').first().textContent()) ?? '';
    await projects.getByRole('combobox', { name: `Category of “${moved}”` }).selectOption({ label: 'Move to Design and documentation' });
    const design = page.getByRole('region', { name: /Design and documentation/ });
    await design.getByText(moved, { exact: true }).waitFor();
    expect(await design.getByText('moved here by you').count()).toBe(1);

    await page.getByRole('button', { name: 'Save Markdown…' }).click();
    await expect.poll(() => app.exports.saved.map((file) => path.basename(file))).toEqual(['ownlog-brag-2026-Q4.md']);
    const markdown = fs.readFileSync(path.join(app.exports.folder, 'ownlog-brag-2026-Q4.md'), 'utf8');
    expect(markdown).toContain('# Brag doc — Q4 2026');
    expect(markdown).toMatch(/## Design and documentation\n\n(- .*\n)*- /);
    expect(markdown.slice(markdown.indexOf('## Design and documentation'))).toContain(moved.replace(/[\\`*_[\]]/g, '\\$&'));
    expect(markdown).toContain('## Lessons');
  });
});
