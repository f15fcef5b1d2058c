/**
 * npm run screenshots — every screen, in a real Chromium, over realistic seeded journals.
 * PNGs go to screenshots/ (see README). Run `npm run build` first; the npm script does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { makeJournalDir } from '../support/journal-dir.ts';
import { seedCommitments } from '../support/seed.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { openApp, type AppPage } from './support/app-page.ts';
import { launchChromium } from './support/browser.ts';
import { serveBuiltRenderer } from './support/renderer-server.ts';

const OUT = path.resolve('screenshots');
const NOW = '2026-11-24T14:30:00.000Z';
process.env.TZ ??= 'Europe/Berlin';

fs.mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launchChromium(), serveBuiltRenderer()]);
const written: string[] = [];

async function shot(name: string, setUp: (dir: string) => void, act: (app: AppPage) => Promise<void>, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}) {
  const folder = makeJournalDir('shots');
  try {
    setUp(folder.dir);
    const app = await openApp(browser, { baseUrl: server.url, dir: folder.dir, clock: new VirtualClock(NOW, process.env.TZ), ...options });
    try {
      await app.page.locator('.screen').waitFor();
      await act(app);
      const file = path.join(OUT, `${name}.png`);
      await app.page.screenshot({ path: file, fullPage: true });
      written.push(file);
      if (app.problems.length > 0) throw new Error(`${name}: ${app.problems.join('; ')}`);
    } finally {
      await app.close();
    }
  } finally {
    folder.remove();
  }
}

const seeded = (dir: string) => writeJournalFiles(confFiles(dir), seedCommitments({ now: new Date(NOW), closed: 300, open: 9, seed: 11 }));
const typing = async ({ page }: AppPage) => {
  await page.getByLabel('What did you promise?').fill('Send rollout plan to Priya by Thu 3pm');
  await page.locator('.chip-due').waitFor();
};

try {
  await shot('open-loops', seeded, typing);
  await shot('open-loops-dark', seeded, typing, { colorScheme: 'dark' });
  await shot('open-loops-narrow', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
  }, { viewport: { width: 520, height: 640 } });
  await shot('open-loops-empty', () => undefined, async ({ page }) => {
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
  });
  await shot('capture-error', seeded, async ({ page }) => {
    const capture = page.getByLabel('What did you promise?');
    await capture.fill('by Friday');
    await capture.press('Enter');
    await page.getByText('Say what you promised').waitFor();
  });
  await shot('store-notice', (dir) => {
    seeded(dir);
    fs.writeFileSync(path.join(dir, 'live.json'), '{"records": {"half-written');
  }, async ({ page }) => {
    await page.getByRole('alert', { name: 'Problems with your journal files' }).waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${written.length} screenshots to ${path.relative(process.cwd(), OUT)}/:\n${written.map((file) => `  ${path.basename(file)}`).join('\n')}`);
