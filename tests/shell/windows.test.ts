import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, fake, session } from './fake-electron.ts';
import { denyAllPermissions, mainWindowOptions, openMainWindow } from '../../electron/windows.ts';

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
});

describe('the main window', () => {
  it('is created hardened, with exactly these options', () => {
    expect(mainWindowOptions('/app/out/preload/preload.cjs')).toEqual({
      width: 960,
      height: 720,
      minWidth: 520,
      minHeight: 420,
      title: 'Ownlog',
      show: false,
      backgroundColor: '#f7f6f3',
      webPreferences: {
        preload: '/app/out/preload/preload.cjs',
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
      },
    });
  });

  it('loads the app’s own URL and shows itself only when ready to paint', () => {
    openMainWindow((options) => new BrowserWindow(options), '/preload.cjs');
    expect(fake.calls.filter((call) => call.api === 'BrowserWindow.loadURL')).toEqual([
      { api: 'BrowserWindow.loadURL', args: ['app://ownlog/index.html#/'] },
    ]);
    const created = BrowserWindow.all[0];
    expect(created?.visible).toBe(false);
    created?.emit('ready-to-show');
    expect(created?.visible).toBe(true);
  });

  it.each([
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['app://ownlog.evil/index.html', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<h1>hi</h1>', false],
    ['javascript:alert(1)', false],
    ['app://ownlog/index.html#/checkin', true],
  ])('navigating to %s is allowed: %s', (url, allowed) => {
    openMainWindow((options) => new BrowserWindow(options), '/preload.cjs');
    const contents = BrowserWindow.all[0]?.webContents;
    expect(contents?.tryNavigate(url)).toBe(allowed);
    expect(contents?.tryNavigate(url, 'will-redirect')).toBe(allowed);
  });

  it('opens no new windows, whatever the URL', () => {
    openMainWindow((options) => new BrowserWindow(options), '/preload.cjs');
    const handler = BrowserWindow.all[0]?.webContents.windowOpenHandler;
    for (const url of ['https://example.com/', 'app://ownlog/index.html', 'about:blank']) {
      expect(handler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } })).toEqual({ action: 'deny' });
    }
  });

  it('denies every permission request and check', () => {
    denyAllPermissions(session.defaultSession);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'geolocation', 'openExternal']) {
      let granted: boolean | undefined;
      session.defaultSession.permissionRequestHandler?.({}, permission, (answer) => {
        granted = answer;
      });
      expect(granted).toBe(false);
      expect(session.defaultSession.permissionCheckHandler?.({}, permission, 'app://ownlog', { embeddingOrigin: 'app://ownlog', isMainFrame: true, requestingUrl: 'app://ownlog/' })).toBe(false);
    }
  });
});
