import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventChannel } from '../../../shared/ipc/events.ts';
import type { Journal } from '../../../shared/journal.ts';
import { openJournalAt } from '../../support/journal-dir.ts';
import { recordingClipboard, recordingExports, recordingShell, routerFor, type RecordingClipboard, type RecordingExports, type RecordingShell, type ScriptedImports } from '../../support/journal-router.ts';
import type { ShellInfo } from '../../../shared/shell/channels.ts';
import type { VirtualClock } from '../../support/virtual-clock.ts';

let pageApiScript: Promise<string> | undefined;

/** The page-side api, bundled once per run from the same source the preload uses. */
function pageApi(): Promise<string> {
  pageApiScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'page-api.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome140',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return pageApiScript;
}

export interface AppPage {
  page: Page;
  journal: Journal;
  /** What the page copied through the shell's clipboard channel, in order. */
  clipboard: RecordingClipboard;
  /** The files the page exported, saved where the user would have accepted the proposed name. */
  exports: RecordingExports;
  /** Everything else the page asked of the shell (e.g. hiding the capture window). */
  shell: RecordingShell;
  /** The file the import's open dialog answers with (set `pick` before clicking Import…). */
  imports: ScriptedImports;
  /** Console errors, page errors and CSP violations seen so far: a test expects none. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * One "start" of the app in a browser: a journal over the folder (new in memory, same files)
 * and a new page wired to it. Restarting is closing this and opening another.
 */
export interface OpenAppOptions {
  baseUrl: string;
  dir: string;
  clock: VirtualClock;
  route?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The OS locale Electron hands the page; en-GB unless a test says otherwise. */
  locale?: string;
  /** Changes what the shell says of itself (platform, shortcut taken, Wayland, no tray). */
  shellInfo?: (info: ShellInfo) => void;
}

export async function openApp(browser: Browser, options: OpenAppOptions): Promise<AppPage> {
  const timezoneId = process.env.TZ;
  if (timezoneId === undefined || timezoneId !== options.clock.timeZone()) {
    throw new Error(`The page, the journal and Node must share one time zone (TZ=${String(timezoneId)}, clock ${options.clock.timeZone()}).`);
  }
  const journal = openJournalAt(options.dir, options.clock);
  const clipboard = recordingClipboard();
  // PDF is Chromium printing the export's HTML, as in the app (there with printToPDF).
  const exports = recordingExports(async (html) => {
    const printing = await browser.newPage();
    try {
      await printing.setContent(html);
      return await printing.pdf({ format: 'A4', printBackground: true, margin: { top: '0.6in', bottom: '0.6in', left: '0.7in', right: '0.7in' } });
    } finally {
      await printing.close();
    }
  });
  const shell = recordingShell({ clipboard, exports });
  options.shellInfo?.(shell.shellInfo);
  const imports = shell.imports;
  const router = routerFor(journal, shell);
  const context: BrowserContext = await browser.newContext({
    timezoneId,
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 960, height: 720 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('__ownlogInvoke', (channel: string, payload: unknown) => router.invoke(channel, payload));
  await page.exposeFunction('__ownlogViolation', (description: string) => problems.push(`CSP: ${description}`));
  await page.clock.setFixedTime(options.clock.now());
  await page.addInitScript({ content: await pageApi() });
  const stopPushing = journal.onChanged((event) => {
    void page
      .evaluate(([channel, payload]) => window.__ownlogPush(channel, payload), [eventChannel('journal-changed'), event] as const)
      .catch(() => {
        /* the page is closing */
      });
  });
  await page.goto(`${options.baseUrl}index.html#${options.route ?? '/'}`);
  // Ready when the screen has rendered and taken the focus it gives on open (the capture line
  // on Open loops): keys typed earlier would land on the page's shortcuts instead.
  await page.locator('main.screen:not([aria-busy])').waitFor();
  await page.waitForFunction(() => document.activeElement !== document.body || !document.querySelector('.capture-input'));
  return {
    page,
    journal,
    clipboard,
    exports,
    shell,
    imports,
    problems,
    async close() {
      stopPushing();
      await context.close();
    },
  };
}
