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
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
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

/**
 * Opens the main window on a route (Open loops unless told otherwise); it is shown once its
 * first paint is ready, without a flash.
 */
export function openMainWindow(makeWindow: MakeWindow, preload: string, route = '/'): AppWindow {
  const window = makeWindow(mainWindowOptions(preload));
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  showRoute(window, route);
  return window;
}

/** Shows one of the app's routes (`/`, `/blocker/<id>`…) in a window. */
export function showRoute(window: Pick<AppWindow, 'loadURL'>, route: string): void {
  window.loadURL(appUrl(route)).catch((error: unknown) => {
    console.error('Ownlog could not load its window:', error);
  });
}

export interface MainWindowKeeper {
  /** Opens the main window or brings it to the front — on `route` when one is given. */
  show(route?: string): void;
  /** The window was closed: the next `show` opens a new one. */
  closed(): void;
}

/** The one main window: opened on first use, reopened after it was closed. */
export function keepMainWindow(makeWindow: MakeWindow, preload: string): MainWindowKeeper {
  let window: AppWindow | null = null;
  return {
    show(route) {
      if (window && route !== undefined) showRoute(window, route);
      window ??= openMainWindow(makeWindow, preload, route);
      reveal(window);
    },
    closed() {
      window = null;
    },
  };
}

/** Brings a window to the front, e.g. when the app is launched a second time. */
export function reveal(window: Pick<AppWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
