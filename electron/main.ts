import path from 'node:path';
import { app, BrowserWindow, clipboard, ipcMain, net, Notification, powerMonitor, protocol, session } from 'electron';
import { blockerPanelRoute } from '../shared/blockers/route.ts';
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
import { denyAllPermissions, keepMainWindow } from './windows.ts';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Ownlog owns the journal; it shows its window on 'second-instance'.
  app.quit();
} else {
  const mainWindow = keepMainWindow((options) => new BrowserWindow(options), PRELOAD);

  app.on('second-instance', () => mainWindow.show());
  app.on('activate', () => mainWindow.show());
  app.on('window-all-closed', () => {
    mainWindow.closed();
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  const journal = openJournal({
    clock: systemClock,
    ids: randomIds,
    locale: app.getLocale(),
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
  mainWindow.show();
  const heartbeat = startBlockerHeartbeat({
    journal,
    powerMonitor,
    notify: thresholdNotifier({
      makeNotification: (options) => new Notification(options),
      openBlocker: (id) => mainWindow.show(blockerPanelRoute(id)),
    }),
  });
  app.on('will-quit', () => heartbeat.stop());
}
