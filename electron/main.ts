import path from 'node:path';
import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { createRouter } from '../shared/ipc/router.ts';
import { openJournal } from '../shared/journal.ts';
import { createConfJournalStore } from '../shared/node/conf-journal-store.ts';
import { randomIds, systemClock } from '../shared/node/system-clock.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { initIpc } from './ipc.ts';
import { electronStoreFiles } from './journal-files.ts';
import { denyAllPermissions, openMainWindow, reveal, type AppWindow } from './windows.ts';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Ownlog owns the journal; it shows its window on 'second-instance'.
  app.quit();
} else {
  let mainWindow: AppWindow | null = null;
  const showMainWindow = () => {
    mainWindow ??= openMainWindow((options) => new BrowserWindow(options), PRELOAD);
    reveal(mainWindow);
  };

  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    mainWindow = null;
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
    router: createRouter(journal.handlers),
    journal,
    broadcast: (channel, payload) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
    },
  });
  showMainWindow();
}
