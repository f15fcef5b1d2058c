import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';
import { appUrl, isAppUrl } from './app-url.ts';

/**
 * The web preferences of every window, in one place. The page gets `window.ownlog` from the
 * preload and nothing else of Node or Electron.
 */
export function hardenedWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Refuses every permission a page can ask for: camera, notifications, clipboard, … */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

interface Preventable {
  preventDefault(): void;
}

/**
 * What the shell calls on a window and its contents. Electron's own `BrowserWindow` must fit
 * this (main.ts passes it), and so must the recorded fake the shell tests use.
 */
export interface WindowContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export interface AppWindow {
  readonly webContents: WindowContents;
  loadURL(url: string): Promise<void>;
  show(): void;
  /** Shows the window without taking the focus from what the user is doing. */
  showInactive(): void;
  hide(): void;
  isVisible(): boolean;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
  once(event: 'ready-to-show' | 'closed', listener: () => void): unknown;
}

export type MakeWindow = (options: BrowserWindowConstructorOptions) => AppWindow;

/** A window may show only the app: no navigation away, no new windows, no webviews. */
export function lockDownContents(contents: WindowContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 960,
    height: 720,
    minWidth: 520,
    minHeight: 420,
    title: 'Ownlog',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: hardenedWebPreferences(preload),
  };
}

/** The small window of the daily check-in: a route of the same app. */
export function checkInWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 560,
    height: 760,
    minWidth: 420,
    minHeight: 480,
    title: 'Ownlog — Check-in',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: hardenedWebPreferences(preload),
  };
}

/**
 * The quick-capture window: a small frameless line over whatever the user is doing, gone again
 * once the promise is saved.
 */
export function captureWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 680,
    height: 210,
    frame: false,
    resizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    fullscreenable: false,
    title: 'Ownlog — Capture',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: hardenedWebPreferences(preload),
  };
}

/**
 * Opens a window on a route; it is shown once its first paint is ready, without a flash —
 * and without taking the focus when `inactive` (a window that opens by itself).
 */
export function openAppWindow(makeWindow: MakeWindow, options: BrowserWindowConstructorOptions, route: string, inactive = false): AppWindow {
  const window = makeWindow(options);
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => {
    if (inactive) window.showInactive();
    else window.show();
  });
  showRoute(window, route);
  return window;
}

/** Opens the main window on a route (Open loops unless told otherwise). */
export function openMainWindow(makeWindow: MakeWindow, preload: string, route = '/'): AppWindow {
  return openAppWindow(makeWindow, mainWindowOptions(preload), route);
}

/** Shows one of the app's routes (`/`, `/blocker/<id>`…) in a window. */
export function showRoute(window: Pick<AppWindow, 'loadURL'>, route: string): void {
  window.loadURL(appUrl(route)).catch((error: unknown) => {
    console.error('Ownlog could not load its window:', error);
  });
}

export interface WindowKeeper {
  /**
   * Opens the window or brings it to the front — on `route` when one is given; with
   * `inactive`, it shows without taking the focus.
   */
  show(route?: string, options?: { inactive?: boolean }): void;
  /** Hides the window, if it is open; the next `show` brings it back as it was. */
  hide(): void;
  isVisible(): boolean;
}

/** One window of a kind: opened on first use, and opened again after the user closed it. */
export function keepWindow(open: (route: string, inactive: boolean) => AppWindow, home: string): WindowKeeper {
  let window: AppWindow | null = null;
  return {
    show(route, { inactive = false } = {}) {
      if (window) {
        if (route !== undefined) showRoute(window, route);
        if (inactive) window.showInactive();
        else reveal(window);
        return;
      }
      const opened = open(route ?? home, inactive);
      opened.once('closed', () => {
        if (window === opened) window = null;
      });
      window = opened;
      // Asked for by the user (a click, a second launch): to the front now, not at first paint.
      if (!inactive) reveal(opened);
    },
    hide() {
      window?.hide();
    },
    isVisible: () => window?.isVisible() ?? false,
  };
}

/** The one main window (Open loops), shown again when the app is launched a second time. */
export function keepMainWindow(makeWindow: MakeWindow, preload: string): WindowKeeper {
  return keepWindow((route) => openMainWindow(makeWindow, preload, route), '/');
}

/** The one quick-capture window (`/capture`, or `/capture/blocker` to start a blocker). */
export function keepCaptureWindow(makeWindow: MakeWindow, preload: string): WindowKeeper {
  return keepWindow((route, inactive) => openAppWindow(makeWindow, captureWindowOptions(preload), route, inactive), '/capture');
}

/** The one check-in window. */
export function keepCheckInWindow(makeWindow: MakeWindow, preload: string): WindowKeeper {
  return keepWindow((route, inactive) => openAppWindow(makeWindow, checkInWindowOptions(preload), route, inactive), '/checkin');
}

/** Brings a window to the front, e.g. when the app is launched a second time. */
export function reveal(window: Pick<AppWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
