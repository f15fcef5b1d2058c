import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { makeJournalDir } from '../../support/journal-dir.ts';
import { VirtualClock } from '../../support/virtual-clock.ts';
import { openApp, type AppPage, type OpenAppOptions } from './app-page.ts';
import { launchChromium } from './browser.ts';
import { serveBuiltRenderer } from './renderer-server.ts';

/** Tuesday 24 November 2026, 15:30 in Berlin: "now" in every e2e test unless it says otherwise. */
export const E2E_NOW = '2026-11-24T14:30:00.000Z';

export interface AppSuite {
  /** A journal folder for this test, removed after it. */
  folder(): string;
  /** Starts the app over `dir` (a new journal in memory, same files) in a new page. */
  start(options?: { dir?: string; clock?: VirtualClock } & Partial<Pick<OpenAppOptions, 'route' | 'viewport' | 'shellInfo' | 'locale' | 'colorScheme'>>): Promise<AppPage>;
  /** Closes one start of the app, as quitting would. */
  quit(app: AppPage): Promise<void>;
}

/**
 * One Chromium and one server for a file's tests; per test, fresh journal folders and pages.
 * After every test, any console error, page error or CSP violation seen fails it.
 */
export function useAppSuite(): AppSuite {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
  const opened: AppPage[] = [];
  const folders: ReturnType<typeof makeJournalDir>[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveBuiltRenderer()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
  afterEach(async () => {
    const problems = opened.flatMap((app) => app.problems);
    await Promise.all(opened.splice(0).map((app) => app.close()));
    for (const folder of folders.splice(0)) folder.remove();
    expect(problems).toEqual([]);
  });

  function folder(): string {
    const made = makeJournalDir('e2e');
    folders.push(made);
    return made.dir;
  }

  return {
    folder,
    async start({ dir = folder(), clock = new VirtualClock(E2E_NOW, process.env.TZ), ...rest } = {}) {
      const app = await openApp(browser, { baseUrl: server.url, dir, clock, ...rest });
      opened.push(app);
      return app;
    },
    async quit(app) {
      opened.splice(opened.indexOf(app), 1);
      const { problems } = app;
      await app.close();
      expect(problems).toEqual([]);
    },
  };
}
