import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Blocker } from '../../shared/domain/blocker.ts';
import { MINUTE, VirtualClock } from '../support/virtual-clock.ts';
import type { AppPage } from './support/app-page.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

/** The machine stays awake: the shell's heartbeat every minute; returns the thresholds reported. */
function awake(app: AppPage, clock: VirtualClock, minutes: number): string[] {
  const reached: string[] = [];
  for (let minute = 0; minute < minutes; minute += 1) {
    clock.advance(MINUTE);
    reached.push(...app.journal.blockers.heartbeat().reached.map((view) => view.blocker.what));
  }
  return reached;
}

const isFocused = (app: AppPage, label: string) => app.page.getByLabel(label, { exact: true }).evaluate((element) => element === document.activeElement);

const EXPECTED_MARKDOWN = [
  "I'm stuck on CI cannot pull the base image.",
  '',
  "I've tried:",
  '',
  '1. Re-ran the job on a fresh runner — Same manifest unknown error',
  '2. Pulled the image on my laptop — Works with my credentials',
  '',
  'Here is the evidence:',
  '',
  '```text',
  'Error: manifest unknown',
  '  at pull (registry.go:88)',
  '```',
  '',
  "I think it's the CI account lost access in the registry move, but I need someone with registry admin to check.",
].join('\n');

describe('a blocker in Chromium', () => {
  it('is started, logged, drafted, copied, raised past its threshold and resolved — by keyboard', async () => {
    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const app = await suite.start({ dir, clock });
    const { page } = app;
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();

    // b starts a blocker once the capture line is left.
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect.poll(() => isFocused(app, 'What are you stuck on?')).toBe(true);
    await page.keyboard.type('CI cannot pull the base image');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'CI cannot pull the base image' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/blocker\/[\w-]+$/);
    const clockTime = page.locator('.clock-time');
    expect(await clockTime.textContent()).toBe('< 1 min');
    expect(await page.locator('.panel-meta').textContent()).toContain('Started 15:30');

    // The journal's clock runs; the page shows what it counted.
    awake(app, clock, 20);
    await expect.poll(() => clockTime.textContent()).toBe('20 min');

    // Two attempts: a focuses the first field, Enter logs, and the focus is back for the next one.
    await page.keyboard.press('a');
    await page.keyboard.type('Re-ran the job on a fresh runner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Same manifest unknown error');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.attempt-tried').allTextContents()).toEqual(['Re-ran the job on a fresh runner']);
    await expect.poll(() => isFocused(app, 'Tried')).toBe(true);
    await page.keyboard.type('Pulled the image on my laptop');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Works with my credentials');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.attempt-tried').allTextContents()).toEqual(['Re-ran the job on a fresh runner', 'Pulled the image on my laptop']);

    // Evidence verbatim (Ctrl+Enter saves), then the theory and the ask, saved on leaving them.
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await page.keyboard.type('Error: manifest unknown\n  at pull (registry.go:88)');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved the evidence.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the CI account lost access in the registry move');
    await page.keyboard.press('Tab');
    await page.keyboard.type('someone with registry admin to check.');
    await page.keyboard.press('Escape');

    const draft = page.getByLabel('Help request draft');
    await expect.poll(() => draft.textContent()).toBe(EXPECTED_MARKDOWN);
    expect(await page.locator('.draft-missing').count()).toBe(0);

    // c copies through the shell's clipboard; the plain-text variant too.
    await page.keyboard.press('c');
    await expect.poll(() => app.clipboard.texts).toEqual([EXPECTED_MARKDOWN]);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied the help request (Markdown).');
    await page.locator('.draft-format label', { hasText: 'Plain text' }).click();
    await page.keyboard.press('c');
    await expect.poll(() => app.clipboard.texts.length).toBe(2);
    expect(app.clipboard.texts[1]).toContain("I've tried:\n1. Re-ran the job on a fresh runner — Same manifest unknown error\n2. Pulled");
    expect(app.clipboard.texts[1]).not.toContain('```');

    // Past the threshold: reported once, and the panel asks to raise it now.
    expect(awake(app, clock, 39)).toEqual([]);
    expect(awake(app, clock, 5)).toEqual(['CI cannot pull the base image']);
    await page.getByRole('heading', { name: 'Raise it now?' }).waitFor();
    expect(await page.locator('.panel-header .blocker-badge').textContent()).toBe('Raise it now');
    expect(await clockTime.textContent()).toBe('1 h 04 min');

    await page.keyboard.press('r');
    await page.keyboard.type('Priya');
    await page.keyboard.press('Enter');
    const raised = page.getByRole('region', { name: 'Raised' });
    await expect.poll(() => raised.textContent()).toBe(
      'Raised with Priya at 16:34, after 1 h 04 min blocked — 4 min past the 1 h threshold. The help request is marked sent.',
    );

    awake(app, clock, 6);
    await page.keyboard.press('x');
    await page.keyboard.type('Priya restored the CI account’s pull access');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Check service accounts first after a registry move');
    await page.keyboard.press('Enter');
    const resolved = page.locator('.resolved-facts');
    await expect.poll(() => resolved.textContent()).toBe(
      'Blocked1 h 10 min, from 15:30 to 16:40Raisedwith Priya after 1 h 04 minHowPriya restored the CI account’s pull accessLessonCheck service accounts first after a registry move',
    );

    // Back to Open loops: nothing is blocked any more, and the lesson is kept in the archive.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    await expect.poll(() => page.locator('.blocker-item').count()).toBe(0);
    const archive = JSON.parse(fs.readFileSync(path.join(dir, 'archive-2026-11.json'), 'utf8')) as Record<string, Blocker>;
    expect(Object.values(archive).map((blocker) => [blocker.resolution?.lesson, blocker.raised?.to, blocker.raised?.request])).toEqual([
      ['Check service accounts first after a registry move', 'Priya', EXPECTED_MARKDOWN],
    ]);
  });

  it('pins running blockers above Open loops, those to raise first, and keeps their clocks across a restart', async () => {
    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const first = await suite.start({ dir, clock });
    first.journal.capture('Ship the webhook fix to Priya by Friday');
    first.journal.blockers.start({ what: 'Webhook signature fails in staging' });
    awake(first, clock, 10);
    first.journal.blockers.start({ what: 'Ingress strips the signature header', thresholdMinutes: 30 });
    awake(first, clock, 35);

    const items = first.page.locator('.blocker-item');
    await expect.poll(() => items.locator('.blocker-what').allTextContents()).toEqual(['Ingress strips the signature header', 'Webhook signature fails in staging']);
    expect(await items.locator('.blocker-badge').allTextContents()).toEqual(['Raise it now', 'Blocked']);
    expect(await items.locator('.blocker-time').allTextContents()).toEqual(['35 min of 30 min', '45 min of 2 h']);
    // Pinned above the capture line and the commitments.
    expect(await first.page.locator('.blockers ~ .capture').count()).toBe(1);

    await suite.quit(first);
    clock.advance(2 * 60 * MINUTE);
    const second = await suite.start({ dir, clock });
    second.journal.blockers.heartbeat();
    const again = second.page.locator('.blocker-item .blocker-time');
    await expect.poll(() => again.allTextContents()).toEqual(['35 min of 30 min', '45 min of 2 h']);

    // Enter on a pinned blocker opens its panel; Esc comes back.
    await second.page.locator('.blocker-item').first().focus();
    await second.page.keyboard.press('Enter');
    await second.page.getByRole('heading', { level: 1, name: 'Ingress strips the signature header' }).waitFor();
    await second.page.keyboard.press('p');
    await expect.poll(() => second.page.locator('.panel-meta').textContent()).toContain('Paused — not counting.');
    // Paused is not raised: the panel still asks for it.
    expect(await second.page.locator('.panel-header .blocker-badge').textContent()).toBe('Raise it now');
    expect(await second.page.getByRole('button', { name: 'Resume p' }).count()).toBe(1);
    await second.page.keyboard.press('Escape');
    await expect.poll(() => second.page.locator('.blocker-item .blocker-what').allTextContents()).toEqual(['Ingress strips the signature header', 'Webhook signature fails in staging']);
  });

  it('says what is wrong where the user is looking, and keeps what they typed', async () => {
    const { page, journal } = await suite.start();
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.type('Flaky deadlock in the payment worker');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Start a blocker' });
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('The threshold must be at least a minute.');
    expect(await page.getByLabel('What are you stuck on?').inputValue()).toBe('Flaky deadlock in the payment worker');
    expect(journal.blockers.list().blockers).toEqual([]);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('90');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Flaky deadlock in the payment worker' }).waitFor();
    expect(journal.blockers.list().blockers.map((view) => view.blocker.thresholdMinutes)).toEqual([90]);
  });
});
