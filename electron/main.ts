import path from 'node:path';
import { app, BrowserWindow, clipboard, ipcMain, net, Notification, powerMonitor, protocol, session } from 'electron';
import { blockerPanelRoute } from '../shared/blockers/view.ts';
import { createRouter } from '../shared/ipc/router.ts';
import { openJournal } from '../shared/journal.ts';
import { createConfJournalStore } from '../shared/node/conf-journal-store.ts';
import { randomIds, systemClock } from '../shared/node/system-clock.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { startBlockerHeartbeat } from './blocker-heartbeat.ts';
import { thresholdNotifier } from './blocker-notifications.ts';
import { initIpc } from './ipc.ts';
import { electronStoreFiles } from './journal-files.ts';
import { shellHandlers } from './shell-handlers.ts';
import { denyAllPermissions, openMainWindow, reveal, showRoute, type AppWindow } from './windows.ts';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Ownlog owns the journal; it shows its window on 'second-instance'.
  app.quit();
} else {
  let mainWindow: AppWindow | null = null;
  const showMainWindow = (route?: string) => {
    if (mainWindow && route !== undefined) showRoute(mainWindow, route);
    mainWindow ??= openMainWindow((options) => new BrowserWindow(options), PRELOAD, route);
    reveal(mainWindow);
  };

  app.on('second-instance', () => showMainWindow());
  app.on('activate', () => showMainWindow());
  app.on('window-all-closed', () => {
    mainWindow = null;
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  const journal = openJournal({
    clock: systemClock,
    ids: randomIds,
    store: createConfJournalStore(electronStoreFiles(app.getPath('userData')), systemClock),
  });
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, net, RENDERER_DIR);
  initIpc({
    ipcMain,
    router: createRouter({ ...journal.handlers, ...shellHandlers({ clipboard }) }),
    journal,
    broadcast: (channel, payload) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
    },
  });
  showMainWindow();
  const heartbeat = startBlockerHeartbeat({
    journal,
    powerMonitor,
    notify: thresholdNotifier({
      makeNotification: (options) => new Notification(options),
      openBlocker: (id) => showMainWindow(blockerPanelRoute(id)),
    }),
  });
  app.on('will-quit', () => heartbeat.stop());
}
