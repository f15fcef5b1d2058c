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

/** A journal with something of every kind, and every screen of the app over it. */
function everyScreen(): { dir: string; clock: VirtualClock; routes: string[] } {
  const dir = suite.folder();
  const clock = new VirtualClock(E2E_NOW, process.env.TZ);
  const journal = fillJournal(dir, clock);
  const commitment = journal.openLoops()[0]?.commitment.id ?? '';
  const blocker = call(journal, 'ownlog:blocker-list', {}).blockers[0]?.blocker.id ?? '';
  const postmortem = call(journal, 'ownlog:postmortem-start', { title: 'Checkout errors after the orders migration', happenedAt: '2026-11-24T13:05:00.000Z' }).postmortem.id;
  const routes = ['/', `/commitment/${commitment}`, '/closed', '/checkin', '/status', '/settings', '/settings/data', '/welcome', '/capture', '/capture/blocker', '/ledger', '/ledger/this-quarter/commitments/kept', '/brag', '/repositories', `/blocker/${blocker}`, '/postmortems', `/postmortem/${postmortem}`, `/postmortem/${postmortem}/review`];
  return { dir, clock, routes };
}

/**
 * Tabs through the screen once round, from the top: every control that takes the focus by Tab
 * gets it in turn, and shows it (an outline, or a ring on its label).
 */
async function tabRound(page: Page): Promise<{ reached: number; focusable: number; unseen: string[]; missed: string[] }> {
  // Start from the top of the page: a focus point before everything, not itself a Tab stop.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const seen = new Set<string>();
  const unseen: string[] = [];
  let last = '';
  for (let press = 0; press < 1000; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement || element instanceof SVGElement) || element === document.body) return null;
      element.dataset.tabSeen = 'yes';
      const shows = (target: Element | null) => {
        if (!target) return false;
        const style = getComputedStyle(target);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
      };
      const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}"`;
      return { key: `${label}@${String(Array.from(document.querySelectorAll('*')).indexOf(element))}`, label, visible: shows(element) || shows(element.closest('label')) };
    });
    if (!focused) break;
    // A date-time field takes several Tabs, one per part: the same control again is no wrap.
    if (focused.key === last) continue;
    if (seen.has(focused.key)) break;
    last = focused.key;
    seen.add(focused.key);
    if (!focused.visible) unseen.push(focused.label);
  }
  const { focusable, missed } = await page.evaluate(() => {
    const candidates = Array.from(document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
      // Shown: not in a closed <details>, not hidden, not inert.
      (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !element.closest('[inert]'),
    );
    // One stop per group of radios, as browsers tab.
    const stops = candidates.filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && document.querySelector(`input[type=radio][name="${CSS.escape(element.name)}"]:checked`)));
    return { focusable: stops.length, missed: stops.filter((element) => element.dataset.tabSeen !== 'yes').map((element) => element.outerHTML.slice(0, 120)) };
  });
  return { reached: seen.size, focusable, unseen, missed };
}

describe('accessibility', () => {
  it('every control of every screen is reached by Tab and shows the focus', async () => {
    const { dir, clock, routes } = everyScreen();
    const app = await suite.start({ dir, clock });
    const problems: Record<string, { unseen: string[]; missed: string[] }> = {};
    let reached = 0;
    for (const route of routes) {
      await show(app.page, route);
      const round = await tabRound(app.page);
      reached += round.reached;
      if (round.unseen.length > 0 || round.missed.length > 0) problems[route] = { unseen: round.unseen, missed: round.missed };
    }
    console.log(`keyboard: ${String(reached)} focus stops over ${String(routes.length)} screens`);
    expect(problems).toEqual({});
  });

  it.each(['light', 'dark'] as const)('every screen in the %s theme has no serious or critical axe violation', async (colorScheme) => {
    const { dir, clock, routes } = everyScreen();
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
