import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayStatus } from '../shared/tray/status.ts';
import { nodeTimer, type ArmTimer } from './timer.ts';

/** What the shell calls on a tray; Electron's `Tray` fits, and so does the recorded fake. */
export interface TrayHandle<Menu> {
  setImage(image: string): void;
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: Menu): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

/** `nativeTheme`, as far as the tray needs it. */
export interface TrayTheme {
  readonly shouldUseDarkColorsForSystemIntegratedUI: boolean;
  on(event: 'updated', listener: () => void): unknown;
}

export interface TrayActions {
  capture: () => void;
  startBlocker: () => void;
  checkIn: () => void;
  open: () => void;
  quit: () => void;
}

export interface TrayDeps<Menu> {
  makeTray: (image: string) => TrayHandle<Menu>;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  theme: TrayTheme;
  platform: NodeJS.Platform;
  /** assets/tray, or its copy in the packaged app's resources. */
  iconsDir: string;
  status: () => TrayStatus;
  onChanged: (listener: () => void) => () => void;
  actions: TrayActions;
  armTimer?: ArmTimer;
  now?: () => number;
}

/**
 * The icon for the tray: a template image on macOS (the OS tints it for light and dark menu
 * bars), and on Windows and Linux a light glyph for a dark tray or a dark one for a light tray.
 * Electron picks the @2x file next to it on high-density screens.
 */
export function trayIcon(platform: NodeJS.Platform, dark: boolean): string {
  if (platform === 'darwin') return 'trayTemplate.png';
  return dark ? 'tray-dark.png' : 'tray-light.png';
}

export function trayMenu(status: TrayStatus, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: status.header, enabled: false },
    { type: 'separator' },
    { label: 'Capture…', click: actions.capture },
    { label: 'Start blocker…', click: actions.startBlocker },
    { label: 'Check in', click: actions.checkIn },
    { label: 'Open Ownlog', click: actions.open },
    { type: 'separator' },
    { label: 'Quit Ownlog', click: actions.quit },
  ];
}

const MINUTE = 60_000;

/**
 * The tray: its icon follows the system's theme; its tooltip, menu header and (macOS) title say
 * what is open and how long a blocker has run — updated each minute (not more) and whenever the
 * journal changes. The menu is set again each time, which Linux needs to show a change.
 */
export function startTray<Menu>({ makeTray, buildMenu, theme, platform, iconsDir, status, onChanged, actions, armTimer = nodeTimer, now = Date.now }: TrayDeps<Menu>): { stop(): void } {
  const icon = () => path.join(iconsDir, trayIcon(platform, theme.shouldUseDarkColorsForSystemIntegratedUI));
  const tray = makeTray(icon());
  let cancel: () => void = () => undefined;

  function update(): void {
    const current = status();
    tray.setToolTip(current.tooltip);
    if (platform === 'darwin') tray.setTitle(current.title);
    tray.setContextMenu(buildMenu(trayMenu(current, actions)));
  }

  function everyMinute(): void {
    update();
    // On the minute, so the blocked time shown turns over with the clock.
    cancel = armTimer(everyMinute, MINUTE - (now() % MINUTE));
  }

  tray.on('click', actions.open);
  theme.on('updated', () => tray.setImage(icon()));
  const stopListening = onChanged(update);
  everyMinute();
  return {
    stop() {
      cancel();
      stopListening();
      tray.destroy();
    },
  };
}
