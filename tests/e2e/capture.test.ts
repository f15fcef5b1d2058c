import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../support/virtual-clock.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

describe('capturing a commitment in Chromium', () => {
  it('types a line, sees it understood and listed, keeps it across a restart, and marks it done by keyboard', async () => {
    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const first = await suite.start({ dir, clock });
    const { page } = first;
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    const capture = page.getByLabel('What did you promise?');
    await expect.poll(() => capture.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.type('Send rollout plan to Priya by Thu 3pm');
    const preview = page.locator('.capture-preview');
    await expect.poll(() => preview.textContent()).toContain('Thu 26 Nov, 15:00');
    expect(await preview.textContent()).toContain('to Priya');

    await page.keyboard.press('Enter');
    const item = page.getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.loop-title').textContent()).toBe('Send rollout plan');
    expect(await item.locator('.loop-person').textContent()).toBe('to Priya');
    expect(await item.locator('.loop-due').textContent()).toBe('Thu 26 Nov, 15:00');
    expect(await capture.inputValue()).toBe('');
    expect(await page.getByRole('status').textContent()).toBe('Captured: Send rollout plan');

    // Quit and start again: a new journal over the same folder, a new page.
    await suite.quit(first);
    clock.advance(60_000);
    const second = await suite.start({ dir, clock });
    const again = second.page.getByRole('listitem');
    await expect.poll(() => again.locator('.loop-title').allTextContents()).toEqual(['Send rollout plan']);

    // Esc leaves the capture line for the list; d marks the focused loop done.
    await second.page.keyboard.press('Escape');
    await expect.poll(() => again.evaluate((li) => li === document.activeElement)).toBe(true);
    await second.page.keyboard.press('d');
    await second.page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    expect(await second.page.getByRole('status').textContent()).toContain('Done: Send rollout plan');
    expect(await second.page.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);

    const archive = JSON.parse(fs.readFileSync(path.join(dir, 'archive-2026-11.json'), 'utf8')) as Record<string, { status: string; history: { type: string; at: string; to?: string }[] }>;
    const [done] = Object.values(archive);
    expect(done?.status).toBe('done');
    expect(done?.history.at(-1)).toEqual({ type: 'status', at: '2026-11-24T14:31:00.000Z', from: 'open', to: 'done' });
  });

  it('says what is wrong with a line that holds no promise, and keeps what was typed', async () => {
    const { page, journal } = await suite.start();
    const capture = page.getByLabel('What did you promise?');
    await capture.fill('by Friday');
    await capture.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Say what you promised');
    expect(await capture.inputValue()).toBe('by Friday');
    expect(await capture.getAttribute('aria-invalid')).toBe('true');
    expect(journal.openLoops()).toEqual([]);

    // Fixing the line clears the message and saves it.
    await capture.fill('Answer the RFC comments by Friday');
    expect(await page.getByRole('alert').textContent()).toBe('');
    await capture.press('Enter');
    await expect.poll(() => journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Answer the RFC comments']);
  });

  it('moves through the list with j/k and marks the right one done', async () => {
    const seeded = await suite.start();
    for (const line of ['Reply to Omar by Friday', 'Fix the flaky login test tomorrow', 'Review Lee’s design doc']) seeded.journal.capture(line);
    const { page } = seeded;
    const titles = page.locator('.loop-title');
    await expect.poll(() => titles.allTextContents()).toEqual(['Fix the flaky login test', 'Reply', 'Review Lee’s design doc']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('d');
    await expect.poll(() => titles.allTextContents()).toEqual(['Fix the flaky login test', 'Review Lee’s design doc']);
  });
});
