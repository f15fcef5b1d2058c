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
  /** Main-thread work (script, style, layout, paint) per scroll frame, from Chromium's own counters. */
  scrollWork: number;
  keyFrame: Figure;
  /** Main-thread work per press of j. */
  keyWork: number;
  heap: Figure;
  rows: number;
}

/**
 * Records first contentful paint and when the first loop row is in the document. The page's
 * \`performance\` is the fake of the tests' fixed clock, so times are read from the real
 * timeline (\`document.timeline\`, from navigation) and paints from a PerformanceObserver.
 */
const MARK_LIST = `
  window.__ownlogTimes = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__ownlogTimes.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('li.loop')) { window.__ownlogTimes.listShown = document.timeline.currentTime; observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

interface PageTimes {
  __ownlogTimes: { fcp?: number; listShown?: number };
}

async function loadFigures(page: Page): Promise<{ fcp: number; listShown: number }> {
  await page.reload();
  await page.locator('li.loop').first().waitFor();
  await page.waitForFunction(() => (window as unknown as PageTimes).__ownlogTimes.fcp !== undefined);
  return page.evaluate(() => {
    const times = (window as unknown as PageTimes).__ownlogTimes;
    return { fcp: times.fcp ?? Number.NaN, listShown: times.listShown ?? Number.NaN };
  });
}

/** Scrolls the page a step a frame, top to bottom, and returns the time between frames. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const frames: number[] = [];
        // The page's real timeline: its \`performance.now\` is the fixed clock's fake.
        const now = () => Number(document.timeline.currentTime);
        let last = now();
        window.scrollTo(0, 0);
        const step = () => {
          const at = now();
          frames.push(at - last);
          last = at;
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
        const now = () => Number(document.timeline.currentTime);
        const start = now();
        requestAnimationFrame(() => setTimeout(() => times.push(now() - start), 0));
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

/** Seconds the renderer's main thread has been busy since the counter was started (Chromium's TaskDuration). */
async function busyCounter(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
  };
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
      const busySeconds = await busyCounter(app.page);
      let busy = await busySeconds();
      const scroll = [...(await scrollFrames(app.page)), ...(await scrollFrames(app.page))];
      const scrollWork = ((await busySeconds()) - busy) * 1000 / scroll.length;
      busy = await busySeconds();
      const keys = await keyFrames(app.page, 40);
      const keyWork = ((await busySeconds()) - busy) * 1000 / keys.length;
      if (app.problems.length > 0) throw new Error(`the page reported problems: ${app.problems.join('; ')}`);
      return { fcp: figure(fcps), listShown: figure(shown), scrollFrame: figure(scroll), scrollWork, keyFrame: figure(keys), keyWork, heap: figure(heaps), rows };
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
