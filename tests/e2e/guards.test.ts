import { describe, expect, it } from 'vitest';
import { useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

// Every e2e test fails on problems it saw; this proves that check has something to fail on.
describe('the e2e guards', () => {
  it('catch a CSP violation and a console error, and the page enforces its CSP', async () => {
    const app = await suite.start();
    await app.page.getByRole('heading', { name: 'Nothing open' }).waitFor();
    const ranInline = await app.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.src = 'https://example.invalid/pixel.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return '__inlineRan' in window;
    });
    expect(ranInline).toBe(false);
    await expect.poll(() => app.problems.filter((problem) => problem.startsWith('CSP:')).length).toBeGreaterThanOrEqual(2);
    expect(app.problems.join('\n')).toMatch(/script-src/);
    expect(app.problems.join('\n')).toMatch(/img-src blocked https:\/\/example.invalid/);

    await app.page.evaluate(() => {
      console.error('something broke');
    });
    await expect.poll(() => app.problems).toContain('console: something broke');
    // Seen and asserted: clear them so the suite's own check passes.
    app.problems.length = 0;
  });
});
