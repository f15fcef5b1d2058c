/**
 * axe-core on every screen of the app, in the light and the dark theme, over a journal with
 * something of every kind: no serious or critical violation. axe is evaluated in the page
 * through the DevTools protocol (page.evaluate), which the page's CSP does not govern; a
 * <script> tag would be — rightly — refused by it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call } from '../support/call.ts';
import { fillJournal } from '../support/data-transfer.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { E2E_NOW, useAppSuite } from './support/suite.ts';

const suite = useAppSuite();
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  rule: string;
  impact: string;
  help: string;
  where: string[];
}

async function violationsOn(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((violation) => ({ rule: violation.id, impact: violation.impact ?? 'unknown', help: violation.help, where: violation.nodes.map((node) => node.target.join(' ')) }));
}

async function show(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await page.locator('main.screen:not([aria-busy])').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('every screen in the %s theme has no serious or critical axe violation', async (colorScheme) => {
    const dir = suite.folder();
    const clock = new VirtualClock(E2E_NOW, process.env.TZ);
    const journal = fillJournal(dir, clock);
    const commitment = journal.openLoops()[0]?.commitment.id ?? '';
    const blocker = call(journal, 'ownlog:blocker-list', {}).blockers[0]?.blocker.id ?? '';
    const postmortem = call(journal, 'ownlog:postmortem-start', { title: 'Checkout errors after the orders migration', happenedAt: '2026-11-24T13:05:00.000Z' }).postmortem.id;
    const routes = ['/', `/commitment/${commitment}`, '/closed', '/checkin', '/status', '/data', '/ledger', '/ledger/this-quarter/commitments/kept', '/brag', '/repositories', `/blocker/${blocker}`, '/postmortems', `/postmortem/${postmortem}`, `/postmortem/${postmortem}/review`];

    const app = await suite.start({ dir, clock, colorScheme });
    const found: Record<string, Violation[]> = {};
    for (const route of routes) {
      await show(app.page, route);
      // The screen itself, not a redirect or an error: it has its own title.
      expect({ route, titles: await app.page.locator('h1').count() }).toEqual({ route, titles: 1 });
      found[route] = await violationsOn(app.page);
    }
    const all = Object.values(found).flat();
    console.log(`axe, ${colorScheme} theme: ${String(routes.length)} screens, ${String(all.length)} violations (${all.map((violation) => `${violation.rule}/${violation.impact}`).join(', ') || 'none'})`);
    const severe = Object.entries(found).flatMap(([route, violations]) => violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).map((violation) => ({ route, ...violation })));
    expect(severe).toEqual([]);
  });
});
