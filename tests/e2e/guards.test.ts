import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJournalDir } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { openApp } from './support/app-page.ts';
import { launchChromium } from './support/browser.ts';
import { serveBuiltRenderer } from './support/renderer-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveBuiltRenderer()]);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

// Every e2e test asserts that it saw no problems; this proves that check can fail.
describe('the e2e guards', () => {
  it('catch a CSP violation and a console error, and the page enforces its CSP', async () => {
    const folder = makeJournalDir('guards');
    const app = await openApp(browser, { baseUrl: server.url, dir: folder.dir, clock: new VirtualClock('2026-11-24T14:30:00.000Z') });
    try {
      await app.page.getByRole('heading', { name: 'Nothing open' }).waitFor();
      const ranInline = await app.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.body.append(script);
        const image = document.createElement('img');
        image.src = 'https://example.invalid/pixel.png';
        document.body.append(image);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return 'inlineRan' in window || '__inlineRan' in window;
      });
      expect(ranInline).toBe(false);
      await expect.poll(() => app.problems.filter((problem) => problem.startsWith('CSP:')).length).toBeGreaterThanOrEqual(2);
      expect(app.problems.join('\n')).toMatch(/script-src/);
      expect(app.problems.join('\n')).toMatch(/img-src blocked https:\/\/example.invalid/);

      await app.page.evaluate(() => console.error('something broke'));
      await expect.poll(() => app.problems).toContain('console: something broke');
    } finally {
      await app.close();
      folder.remove();
    }
  });
});
