import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, net, Notification, powerMonitor, protocol, session } from 'electron';
import { blockerPanelRoute } from '../shared/blockers/route.ts';
import { createRouter } from '../shared/ipc/router.ts';
import { openJournal } from '../shared/journal.ts';
import { createConfJournalStore } from '../shared/node/conf-journal-store.ts';
import { randomIds, systemClock } from '../shared/node/system-clock.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { startBlockerHeartbeat } from './blocker-heartbeat.ts';
import { thresholdNotifier } from './blocker-notifications.ts';
import { exportSaver, printHtmlToPdf } from './files.ts';
import { initIpc } from './ipc.ts';
import { electronStoreFiles } from './journal-files.ts';
import { notifier } from './notifications.ts';
import { startReminders } from './reminders.ts';
import { shellHandlers } from './shell-handlers.ts';
import { denyAllPermissions, keepCheckInWindow, keepMainWindow } from './windows.ts';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Ownlog owns the journal; it shows its window on 'second-instance'.
  app.quit();
} else {
  const mainWindow = keepMainWindow((options) => new BrowserWindow(options), PRELOAD);
  const checkInWindow = keepCheckInWindow((options) => new BrowserWindow(options), PRELOAD);

  app.on('second-instance', () => mainWindow.show());
  app.on('activate', () => mainWindow.show());
  app.on('window-all-closed', () => {
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
    router: createRouter({
      ...journal.handlers,
      ...shellHandlers({
        clipboard,
        saveExport: exportSaver({ dialog, printPdf: printHtmlToPdf((options) => new BrowserWindow(options)), writeFile, folder: app.getPath('documents'), join: (directory, name) => path.join(directory, name) }),
      }),
    }),
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
  const reminders = startReminders({
    journal,
    powerMonitor,
    notify: notifier((options) => new Notification(options)),
    openCheckIn: ({ inactive }) => checkInWindow.show(undefined, { inactive }),
    now: () => systemClock.now(),
  });
  app.on('will-quit', () => {
    heartbeat.stop();
    reminders.stop();
  });
}
