import fs from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, globalShortcut, ipcMain, Menu, nativeTheme, net, Notification, powerMonitor, protocol, session, Tray } from 'electron';
import { parseCommand, startsHidden } from '../shared/cli/command.ts';
import { createRouter } from '../shared/ipc/router.ts';
import { openJournal } from '../shared/journal.ts';
import { createFolderBackups } from '../shared/node/backups.ts';
import { createConfJournalStore } from '../shared/node/conf-journal-store.ts';
import { gitExecutableLog } from '../shared/node/git-log.ts';
import { randomIds, systemClock } from '../shared/node/system-clock.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { resourceDirs, WINDOW_ICON } from './resources.ts';
import { appWindows } from './app-windows.ts';
import { startBlockerHeartbeat } from './blocker-heartbeat.ts';
import { thresholdNotifier } from './blocker-notifications.ts';
import { runCommand } from './command-line.ts';
import { startDailyBackups } from './daily-backups.ts';
import { dataFileHandlers } from './data-files.ts';
import { exportSaver, fileOpener, fileSaver, printHtmlToPdf } from './files.ts';
import { followSettings } from './follow-settings.ts';
import { initIpc } from './ipc.ts';
import { electronStoreFiles, journalDir } from './journal-files.ts';
import { applyLoginItem, autostartDir, launcherPath } from './login-item.ts';
import { notifier } from './notifications.ts';
import { startScheduler } from './scheduler.ts';
import { shellHandlers } from './shell-handlers.ts';
import { captureShortcut } from './shortcuts.ts';
import { startTray } from './tray.ts';
import { denyAllPermissions } from './windows.ts';

// Built layout: out/main/main.js, out/preload/preload.cjs, out/renderer/index.html; the tray
// icons and the app icon are packed as extra resources (assets/ when run from the sources).
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');
const RESOURCES = resourceDirs({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: import.meta.dirname });
const COMMAND_LINE = 'ownlog capture "Send rollout plan to Priya by Thu 3pm"';

registerAppScheme(protocol);
const command = parseCommand(process.argv, { packaged: app.isPackaged });

// A second launch hands its command to the running instance (argv may arrive reordered, so the
// parsed command travels as data) and quits.
if (!app.requestSingleInstanceLock({ command })) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('app.ownlog.desktop');
  // Linux takes a window's icon from the desktop entry the deb or AppImage installs; from the
  // tar.gz or the sources there is none, so each window is given the app's icon.
  if (process.platform === 'linux') app.on('browser-window-created', (_event, window) => window.setIcon(path.join(RESOURCES.icons, WINDOW_ICON)));
  const windows = appWindows((options) => new BrowserWindow(options), PRELOAD, { platform: process.platform, app });
  // Closing the windows leaves Ownlog running in the tray; Quit in its menu ends it.
  app.on('window-all-closed', () => undefined);
  app.on('activate', () => windows.main.show());

  await app.whenReady();
  const journal = openJournal({
    clock: systemClock,
    ids: randomIds,
    locale: app.getLocale(),
    store: createConfJournalStore(electronStoreFiles(app.getPath('userData')), systemClock),
    backups: createFolderBackups({ journalDir: journalDir(app.getPath('userData')), clock: systemClock }),
    gitLog: gitExecutableLog(),
  });
  const documents = app.getPath('documents');
  const saveFile = fileSaver({ dialog, writeFile, folder: documents, join: (directory, name) => path.join(directory, name) });
  const notify = notifier((options) => new Notification(options));
  const shortcut = captureShortcut(globalShortcut, () => windows.capture.show('/capture'), process.env);
  const trayShown = !(process.platform === 'linux' && /gnome/i.test(process.env.XDG_CURRENT_DESKTOP ?? ''));
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, net, RENDERER_DIR);
  const info = () => ({ platform: process.platform, shortcut: shortcut.status(), commandLine: COMMAND_LINE, trayShown });
  initIpc({
    ipcMain,
    router: createRouter({
      ...journal.handlers,
      ...shellHandlers({
        clipboard,
        saveExport: exportSaver({ saveFile, printPdf: printHtmlToPdf((options) => new BrowserWindow(options)) }),
        info,
        hideCapture: windows.captureDone,
        data: dataFileHandlers({ journal, saveFile, openFile: fileOpener({ dialog, sizeOf: async (file) => (await stat(file)).size, readFile, folder: documents }) }),
      }),
    }),
    journal,
    broadcast: (channel, payload) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
    },
  });
  const loginItem = { platform: process.platform, app, files: fs, execPath: launcherPath(process.env, process.execPath), autostartDir: autostartDir(app.getPath('appData')) };
  followSettings(journal, { theme: nativeTheme, shortcut: (accelerator) => shortcut.apply(accelerator), loginItem: (settings) => applyLoginItem(loginItem, settings) });
  const tray = startTray({
    makeTray: (image) => new Tray(image),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    theme: nativeTheme,
    platform: process.platform,
    iconsDir: RESOURCES.tray,
    status: () => journal.trayStatus(),
    onChanged: (listener) => journal.onChanged(listener),
    actions: { capture: () => windows.capture.show('/capture'), startBlocker: () => windows.capture.show('/capture/blocker'), checkIn: () => windows.checkIn.show(), open: () => windows.main.show(), quit: () => app.quit() },
  });
  const heartbeat = startBlockerHeartbeat({
    journal,
    powerMonitor,
    notify: thresholdNotifier({ makeNotification: (options) => new Notification(options), openBlocker: (id) => windows.main.show(`/blocker/${id}`), enabled: () => journal.settings().notifications.blockerThreshold }),
  });
  const scheduler = startScheduler({ journal, powerMonitor, notify, open: windows.open, now: () => systemClock.now() });
  const commands = { journal, notify, zone: () => systemClock.timeZone(), showMain: (route?: string) => windows.main.show(route), showCheckIn: () => windows.checkIn.show() };
  app.on('second-instance', (_event, _argv, _cwd, data) => runCommand(typeof data === 'object' && data !== null && 'command' in data ? data.command : null, commands));

  const welcomed = journal.settings().welcomed;
  if (command.kind !== 'open') runCommand(command, commands);
  else if (!startsHidden(process.argv)) windows.main.show(welcomed ? '/' : '/welcome');
  const dailyBackups = startDailyBackups({ journal, powerMonitor });
  app.on('will-quit', () => {
    dailyBackups.stop();
    heartbeat.stop();
    scheduler.stop();
    tray.stop();
    globalShortcut.unregisterAll();
  });
}
