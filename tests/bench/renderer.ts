/**
 * The Open loops screen of the built renderer in Chromium over a heavy journal: first
 * contentful paint and the list on screen after navigation, frame times while the list
 * scrolls and while j walks it, and the JS heap once loaded.
 */
import type { Page } from 'playwright-core';
import { openApp } from '../e2e/support/app-page.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { serveBuiltRenderer } from '../e2e/support/renderer-server.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { figure, type Figure } from './figures.ts';

export interface RendererFigures {
  fcp: Figure;
  listShown: Figure;
  scrollFrame: Figure;
  keyFrame: Figure;
  heap: Figure;
  rows: number;
}

/** Marks when the first loop row is in the document, from the page's own clock. */
const MARK_LIST = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('li.loop')) { performance.mark('ownlog-list-shown'); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

async function loadFigures(page: Page): Promise<{ fcp: number; listShown: number }> {
  await page.reload();
  await page.locator('li.loop').first().waitFor();
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    listShown: performance.getEntriesByName('ownlog-list-shown')[0]?.startTime ?? Number.NaN,
  }));
}

/** Scrolls the page a step a frame, top to bottom, and returns the time between frames. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const frames: number[] = [];
        let last = performance.now();
        window.scrollTo(0, 0);
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          const bottom = document.scrollingElement ? document.scrollingElement.scrollHeight - window.innerHeight : 0;
          if (window.scrollY >= bottom || frames.length > 600) resolve(frames.slice(1));
          else {
            window.scrollBy(0, 240);
            requestAnimationFrame(step);
          }
        };
        requestAnimationFrame(step);
      }),
  );
}

/** Presses j `count` times on the list; each time, from the key to the next frame painted. */
async function keyFrames(page: Page, count: number): Promise<number[]> {
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyFrames: number[] }).__keyFrames = times;
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press('j');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  return page.evaluate(() => (window as unknown as { __keyFrames: number[] }).__keyFrames);
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export async function measureRenderer(dir: string, now: string, loads: number): Promise<RendererFigures> {
  // Frames are timed unthrottled: a frame's time is its work, not the display's refresh.
  const [browser, server] = await Promise.all([launchChromium(['--disable-gpu-vsync', '--disable-frame-rate-limit']), serveBuiltRenderer()]);
  try {
    const app = await openApp(browser, { baseUrl: server.url, dir, clock: new VirtualClock(now, process.env.TZ), viewport: { width: 1280, height: 800 } });
    try {
      await app.page.addInitScript({ content: MARK_LIST });
      const fcps: number[] = [];
      const shown: number[] = [];
      const heaps: number[] = [];
      for (let load = 0; load < loads; load += 1) {
        const { fcp, listShown } = await loadFigures(app.page);
        fcps.push(fcp);
        shown.push(listShown);
        heaps.push(await heapUsed(app.page));
      }
      const rows = await app.page.locator('li.loop').count();
      const scroll = [...(await scrollFrames(app.page)), ...(await scrollFrames(app.page))];
      const keys = await keyFrames(app.page, 40);
      if (app.problems.length > 0) throw new Error(`the page reported problems: ${app.problems.join('; ')}`);
      return { fcp: figure(fcps), listShown: figure(shown), scrollFrame: figure(scroll), keyFrame: figure(keys), heap: figure(heaps), rows };
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
