/**
 * A recorded fake of the few Electron APIs the shell calls. The shell tests (and the boot test
 * of the built main) get this module wherever the code says `import … from 'electron'`.
 * Like Electron, it refuses what may not be called before `ready` (windows, protocol
 * handlers, paths) and what may only be called before it (privileged schemes).
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  HandlerDetails,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
  NotificationConstructorOptions,
  PermissionCheckHandlerHandlerDetails,
  WindowOpenHandlerResponse,
} from 'electron';

export interface Call {
  api: string;
  args: unknown[];
}

const state = {
  ready: false,
  markReady: (): void => undefined,
  readyPromise: Promise.resolve(),
  userData: '',
  hasInstanceLock: true,
  calls: [] as Call[],
};

function resetReady(): void {
  state.ready = false;
  state.readyPromise = new Promise<void>((resolve) => {
    state.markReady = resolve;
  });
}
resetReady();

function record(api: string, ...args: unknown[]): void {
  state.calls.push({ api, args });
}

function requireReady(api: string): void {
  if (!state.ready) throw new Error(`${api} cannot be called before the app is ready`);
}

class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  /** What the second launch handed over, as the running instance would receive it. */
  additionalData: unknown = undefined;
  loginItemSettings: { openAtLogin: boolean; args?: string[] }[] = [];
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    record('app.requestSingleInstanceLock');
    this.additionalData = additionalData;
    return state.hasInstanceLock;
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void {
    this.loginItemSettings.push(settings);
  }
  hide(): void {
    record('app.hide');
  }
  whenReady(): Promise<void> {
    return state.readyPromise;
  }
  isReady(): boolean {
    return state.ready;
  }
  getPath(name: string): string {
    requireReady(`app.getPath(${name})`);
    if (name === 'documents') return `${state.userData}/Documents`;
    // On Linux, ~/.config (or $XDG_CONFIG_HOME): where the autostart entry goes.
    if (name === 'appData') return `${state.userData}/config`;
    if (name !== 'userData') throw new Error(`the fake has no path "${name}"`);
    return state.userData;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getLocale(): string {
    requireReady('app.getLocale');
    return 'en-GB';
  }
  quit(): void {
    record('app.quit');
  }
}
export const app = new FakeApp();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();
const privilegedSchemes: CustomScheme[] = [];

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    record('protocol.registerSchemesAsPrivileged', schemes);
    privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    record('protocol.handle', scheme);
    protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  /** Serves file: URLs from disk, as Electron's net.fetch does for the protocol handler. */
  fetch(url: string): Promise<Response> {
    record('net.fetch', url);
    const file = fileURLToPath(url);
    if (!fs.existsSync(file)) return Promise.reject(new Error(`net::ERR_FILE_NOT_FOUND ${url}`));
    return Promise.resolve(new Response(fs.readFileSync(file)));
  },
};

interface NavigationEvent {
  preventDefault(): void;
  defaultPrevented: boolean;
}

export class FakeWebContents extends EventEmitter {
  /** What printToPDF was asked, and the bytes it answers with (a PDF's first line). */
  readonly printed: PrintToPDFOptions[] = [];
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> {
    this.printed.push(options);
    return Promise.resolve(new TextEncoder().encode('%PDF-1.7 printed by the fake\n'));
  }
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  /** What a navigation to `url` would do: true when the shell lets it happen. */
  tryNavigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const navigation: NavigationEvent = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(event, navigation, url);
    return !navigation.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  url: string | null = null;
  visible = false;
  focused = false;
  minimized = false;

  constructor(options: BrowserWindowConstructorOptions) {
    requireReady('new BrowserWindow');
    super();
    record('new BrowserWindow', options);
    this.options = options;
    BrowserWindow.all.push(this);
    app.emit('browser-window-created', {}, this);
  }
  icon: string | null = null;
  setIcon(icon: string): void {
    this.icon = icon;
  }
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.all];
  }
  loadURL(url: string): Promise<void> {
    record('BrowserWindow.loadURL', url);
    this.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  showInactive(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  destroyed = false;
  destroy(): void {
    this.destroyed = true;
    this.visible = false;
  }
  /** The user closes the window. */
  close(): void {
    this.visible = false;
    this.emit('closed');
  }
  focus(): void {
    record('BrowserWindow.focus');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
}

const powerEvents = new EventEmitter();

/** Like Electron's, usable only once the app is ready; tests emit its events with `fake.power()`. */
export const powerMonitor = {
  on(event: string, listener: () => void): void {
    requireReady(`powerMonitor.on('${event}')`);
    record('powerMonitor.on', event);
    powerEvents.on(event, listener);
  },
};

const clipboardTexts: string[] = [];

export const clipboard = {
  writeText(text: string): Promise<void> {
    record('clipboard.writeText', text);
    clipboardTexts.push(text);
    return Promise.resolve();
  },
};

/** A notification that records being shown; tests click it with `click()`. */
export class Notification extends EventEmitter {
  static readonly all: Notification[] = [];
  readonly options: NotificationConstructorOptions;
  shown = false;

  constructor(options: NotificationConstructorOptions = {}) {
    requireReady('new Notification');
    super();
    record('new Notification', options);
    this.options = options;
    Notification.all.push(this);
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    record('Notification.show', this.options.title);
    this.shown = true;
  }
  /** What the user clicking it in the system's notification area does. */
  click(): void {
    this.emit('click', {});
  }
}

type IpcHandler = (event: { senderFrame: { url: string; parent: unknown } | null }, payload: unknown) => unknown;
const ipcHandlers = new Map<string, IpcHandler>();

export const ipcMain = {
  handle(channel: string, handler: IpcHandler): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  /** electron-store listens here for its renderer-side helper. */
  on(channel: string): void {
    record('ipcMain.on', channel);
  },
};

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: PermissionCheckHandlerHandlerDetails) => boolean;

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler): void {
      this.permissionCheckHandler = handler;
    },
  },
};

const exposed = new Map<string, unknown>();
const rendererListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    record('ipcRenderer.invoke', channel, payload);
    const handler = ipcHandlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(handler({ senderFrame: { url: 'app://ownlog/index.html#/', parent: null } }, payload));
  },
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void {
    const listeners = rendererListeners.get(channel) ?? new Set();
    listeners.add(listener);
    rendererListeners.set(channel, listeners);
  },
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): void {
    rendererListeners.get(channel)?.delete(listener);
  },
};

/** What the tests use to drive and read the fake. */
export const fake = {
  calls: state.calls,
  setUserData(dir: string): void {
    state.userData = dir;
  },
  setInstanceLock(has: boolean): void {
    state.hasInstanceLock = has;
  },
  /** Resolves once the code under test has made this call (e.g. up to its `await app.whenReady()`). */
  async waitForCall(api: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!state.calls.some((call) => call.api === api)) {
      if (Date.now() > deadline) throw new Error(`${api} was not called within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  },
  becomeReady(): void {
    state.ready = true;
    state.markReady();
    app.emit('ready');
  },
  protocolHandler(scheme: string): ProtocolHandler | undefined {
    return protocolHandlers.get(scheme);
  },
  privilegedSchemes,
  ipcHandler(channel: string): IpcHandler | undefined {
    return ipcHandlers.get(channel);
  },
  ipcChannels: () => [...ipcHandlers.keys()],
  exposed: (key: string) => exposed.get(key),
  pushToRenderer(channel: string, payload: unknown): void {
    for (const listener of rendererListeners.get(channel) ?? []) listener({}, payload);
  },
  rendererListenerCount: (channel: string) => rendererListeners.get(channel)?.size ?? 0,
  /** What powerMonitor would emit: 'suspend', 'resume', 'lock-screen', 'unlock-screen'. */
  power(event: string): void {
    powerEvents.emit(event);
  },
  powerListenerCount: (event: string) => powerEvents.listenerCount(event),
  clipboardTexts,
  reset(): void {
    resetReady();
    state.calls.length = 0;
    state.hasInstanceLock = true;
    protocolHandlers.clear();
    privilegedSchemes.length = 0;
    ipcHandlers.clear();
    exposed.clear();
    rendererListeners.clear();
    BrowserWindow.all.length = 0;
    Tray.all.length = 0;
    globalShortcut.registered.clear();
    globalShortcut.takenByOthers.clear();
    app.loginItemSettings = [];
    app.additionalData = undefined;
    nativeTheme.removeAllListeners();
    nativeTheme.themeSource = 'system';
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
    Notification.all.length = 0;
    clipboardTexts.length = 0;
    powerEvents.removeAllListeners();
    app.removeAllListeners();
  },
};

/** The save and open dialogs: each answers with the path a test sets, or as cancelled. */
export const dialog = {
  answer: null as string | null,
  shown: [] as SaveDialogOptions[],
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }> {
    requireReady('dialog.showSaveDialog');
    this.shown.push(options);
    return Promise.resolve(this.answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: this.answer });
  },
  openAnswer: null as string | null,
  opened: [] as OpenDialogOptions[],
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }> {
    requireReady('dialog.showOpenDialog');
    this.opened.push(options);
    return Promise.resolve(this.openAnswer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [this.openAnswer] });
  },
};

/** Global shortcuts: taken ones (by another app) refuse to register, as Electron's do. */
export const globalShortcut = {
  takenByOthers: new Set<string>(),
  registered: new Map<string, () => void>(),
  register(accelerator: string, callback: () => void): boolean {
    requireReady('globalShortcut.register');
    if (this.takenByOthers.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  },
  unregisterAll(): void {
    this.registered.clear();
  },
  /** The user presses a registered shortcut. */
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  },
};

export class FakeMenu {
  readonly template: MenuItemConstructorOptions[];
  constructor(template: MenuItemConstructorOptions[]) {
    this.template = template;
  }
}

export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  },
};

export class Tray extends EventEmitter {
  static readonly all: Tray[] = [];
  image: string;
  toolTip = '';
  title = '';
  menu: FakeMenu | null = null;
  menusSet = 0;
  destroyed = false;
  constructor(image: string) {
    requireReady('new Tray');
    super();
    this.image = image;
    Tray.all.push(this);
  }
  setImage(image: string): void {
    this.image = image;
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
    this.menusSet += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** The user picks an item of the tray's menu by its label. */
  choose(label: string): void {
    const item = this.menu?.template.find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`the tray menu has no item “${label}”`);
    (item.click as () => void)();
  }
}

/** nativeTheme: the theme the OS uses for trays, and the app's theme source. */
export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColorsForSystemIntegratedUI: false,
  themeSource: 'system',
});

const electron = { app, protocol, net, BrowserWindow, ipcMain, session, contextBridge, ipcRenderer, powerMonitor, clipboard, Notification, dialog, globalShortcut, Menu, Tray, nativeTheme };
export default electron;
