/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
 * asserted on the shell as it is built: every kind of window the app opens, the built renderer's
 * CSP, the default session, the IPC handlers and the sources. Item 16 (a current Electron) is
 * the dependency's range in package.json; item 19 (fuses) belongs to the packaging tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, fake, ipcMain, session } from './fake-electron.ts';
import { printHtmlToPdf } from '../../electron/files.ts';
import { initIpc } from '../../electron/ipc.ts';
import { captureWindowOptions, checkInWindowOptions, denyAllPermissions, mainWindowOptions, openAppWindow } from '../../electron/windows.ts';
import { contract } from '../../shared/ipc/contract.ts';
import { routerFor } from '../support/journal-router.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const PRELOAD = '/app/out/preload/preload.cjs';

/** The options of every window the app can open: the three app windows and the hidden PDF printer. */
async function everyWindowOptions(): Promise<[string, BrowserWindowConstructorOptions][]> {
  const printed: BrowserWindowConstructorOptions[] = [];
  await printHtmlToPdf((options) => {
    printed.push(options);
    return new BrowserWindow(options);
  })('<p>Week 48</p>');
  return [
    ['main', mainWindowOptions(PRELOAD)],
    ['check-in', checkInWindowOptions(PRELOAD)],
    ['capture', captureWindowOptions(PRELOAD)],
    ...printed.map((options): [string, BrowserWindowConstructorOptions] => ['PDF printer', options]),
  ];
}

/** Every TypeScript source the app is built from (main, preload, renderer, shared). */
function appSources(): { file: string; text: string }[] {
  const sources: { file: string; text: string }[] = [];
  for (const root of ['electron', 'renderer', 'shared']) {
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      sources.push({ file, text: fs.readFileSync(file, 'utf8') });
    }
  }
  return sources;
}

/** The CSP of the built page, as directive → sources. */
function builtCsp(): Map<string, string[]> {
  const html = fs.readFileSync('out/renderer/index.html', 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (content === undefined) throw new Error('The built page has no CSP');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
});

describe('Electron’s security checklist', () => {
  it('2–4, 6, 8–10: every window isolates its context, is sandboxed, has no Node, keeps web security and runs no insecure or experimental content', async () => {
    const windows = await everyWindowOptions();
    expect(windows.map(([kind]) => kind)).toEqual(['main', 'check-in', 'capture', 'PDF printer']);
    for (const [kind, options] of windows) {
      const preferences = options.webPreferences ?? {};
      expect({ kind, ...preferences }).toMatchObject({ kind, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect(preferences.nodeIntegrationInWorker ?? false).toBe(false);
      expect(preferences.nodeIntegrationInSubFrames ?? false).toBe(false);
      expect(preferences.allowRunningInsecureContent ?? false).toBe(false);
      expect(preferences.experimentalFeatures ?? false).toBe(false);
      expect(preferences.enableBlinkFeatures).toBeUndefined();
      expect(preferences.webviewTag ?? false).toBe(false);
    }
    // The printer renders HTML the app made itself, with no script at all.
    expect(windows.at(-1)?.[1].webPreferences).toMatchObject({ javascript: false });
    expect(windows.at(-1)?.[1].webPreferences?.preload).toBeUndefined();
  });

  it('1, 7: the page’s CSP allows only its own scripts and styles, no eval, no inline script, no remote origin', () => {
    const csp = builtCsp();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(`${directive} ${source}`).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|\*|https?:|wss?:|file:|blob:/);
        // data: only for images (icons drawn by the app); never for scripts, styles or connections.
        if (source === 'data:') expect(directive).toBe('img-src');
      }
    }
  });

  it('5: every permission request and check from a page is denied', () => {
    denyAllPermissions(session.defaultSession);
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'hid', 'serial', 'usb']) {
      const answers: boolean[] = [];
      session.defaultSession.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
      expect(session.defaultSession.permissionCheckHandler?.({}, permission, 'app://ownlog', { embeddingOrigin: 'app://ownlog', isMainFrame: true, requestingUrl: 'app://ownlog/' })).toBe(false);
    }
  });

  it('11–14, 18: no window navigates away, opens another window or attaches a webview, and the app is never loaded from file:', () => {
    for (const options of [mainWindowOptions(PRELOAD), checkInWindowOptions(PRELOAD), captureWindowOptions(PRELOAD)]) {
      openAppWindow((made) => new BrowserWindow(made), options, '/');
    }
    expect(BrowserWindow.all).toHaveLength(3);
    for (const window of BrowserWindow.all) {
      expect(window.url).toMatch(/^app:\/\/ownlog\/index\.html#\//);
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://ownlog.evil/', 'javascript:alert(1)']) {
        expect(window.webContents.tryNavigate(url)).toBe(false);
        expect(window.webContents.tryNavigate(url, 'will-redirect')).toBe(false);
      }
      // A middle click or window.open asks the same handler: always denied.
      for (const disposition of ['new-window', 'foreground-tab', 'background-tab'] as const) {
        expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/', frameName: '', features: '', disposition, referrer: { url: '', policy: 'default' } })).toEqual({ action: 'deny' });
      }
      const attach = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      window.webContents.emit('will-attach-webview', attach);
      expect(attach.defaultPrevented).toBe(true);
    }
  });

  it('15: shell.openExternal is never called, so no URL from a page can reach the desktop', () => {
    // The app has no links to the outside; if one is added, it must come with a check of its own.
    const calling = appSources().filter(({ text }) => /openExternal\s*\(/.test(text)).map(({ file }) => file);
    expect(calling).toEqual([]);
  });

  it('17: every IPC message is answered only for the app’s own top-level page', async () => {
    const folder = makeJournalDir('checklist');
    try {
      const journal = openJournalAt(folder.dir, new VirtualClock('2026-11-24T14:30:00.000Z'));
      initIpc({ ipcMain, router: routerFor(journal), journal, broadcast: () => undefined });
      for (const channel of Object.keys(contract)) {
        const handler = fake.ipcHandler(channel);
        for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://ownlog/index.html', parent: {} }, null]) {
          expect(await handler?.({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        }
      }
    } finally {
      folder.remove();
    }
  });

  it('20: no @electron/remote, no remote module, and the preload exposes only window.ownlog, never ipcRenderer', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies?: object; devDependencies?: object };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain('@electron/remote');
    for (const { file, text } of appSources()) {
      expect({ file, remote: /@electron\/remote|enableRemoteModule/.test(text) }).toEqual({ file, remote: false });
    }
    const exposing = appSources().filter(({ text }) => text.includes('exposeInMainWorld('));
    expect(exposing.map(({ file }) => file)).toEqual([path.join('electron', 'preload.ts')]);
    expect(exposing[0]?.text).not.toMatch(/exposeInMainWorld\(\s*'[^']+',\s*ipcRenderer\b/);
  });
});
