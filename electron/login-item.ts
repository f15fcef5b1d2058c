import path from 'node:path';

/** What the shell needs of `app` to start at login on macOS and Windows. */
export interface LoginItems {
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

/** The file operations the Linux autostart entry needs (node:fs fits). */
export interface AutostartFiles {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  writeFileSync(file: string, data: string): void;
  rmSync(file: string, options: { force: true }): void;
}

export const HIDDEN_FLAG = '--hidden';

/**
 * An argument of a desktop entry's `Exec` key, per the Desktop Entry spec: quoted when it holds
 * a reserved character, with `"`, `` ` ``, `$` and `\` escaped inside the quotes; `%` doubled
 * (it starts a field code); then, the key being a string, every backslash escaped again.
 */
export function execArgument(arg: string): string {
  const quoted = /[\s"'\\><~|&;$*?#()`]/.test(arg) ? `"${arg.replace(/["`$\\]/g, '\\$&')}"` : arg;
  return quoted.replaceAll('%', '%%').replaceAll('\\', '\\\\');
}

/** An XDG autostart entry for Ownlog, started in the tray when `hidden`. */
export function autostartEntry(execPath: string, hidden: boolean): string {
  return ['[Desktop Entry]', 'Type=Application', 'Name=Ownlog', 'Comment=Personal accountability journal', `Exec=${execArgument(execPath)}${hidden ? ` ${HIDDEN_FLAG}` : ''}`, 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/**
 * What to start at login: the AppImage file itself when Ownlog runs from one (its executable
 * lives in a mount that changes at every start), the executable otherwise.
 */
export function launcherPath(env: Record<string, string | undefined>, execPath: string): string {
  return env.APPIMAGE ?? execPath;
}

/** Where XDG desktops look for what to start at login: $XDG_CONFIG_HOME/autostart (Electron's appData on Linux). */
export function autostartDir(appData: string): string {
  return path.join(appData, 'autostart');
}

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  app: LoginItems;
  files: AutostartFiles;
  execPath: string;
  /** ~/.config/autostart, where XDG desktops look for what to start at login. */
  autostartDir: string;
}

/**
 * Starts Ownlog at login, or stops doing so. macOS and Windows through Electron's login items,
 * with a `--hidden` argument to start in the tray (`openAsHidden` is ignored from macOS 13 on);
 * Linux through an XDG autostart file, which is Ownlog's own and removed when turned off.
 */
export function applyLoginItem({ platform, app, files, execPath, autostartDir }: LoginItemDeps, settings: { launchAtLogin: boolean; startHidden: boolean }): void {
  if (platform === 'linux') {
    const entry = path.join(autostartDir, 'ownlog.desktop');
    if (settings.launchAtLogin) {
      files.mkdirSync(autostartDir, { recursive: true });
      files.writeFileSync(entry, autostartEntry(execPath, settings.startHidden));
    } else {
      files.rmSync(entry, { force: true });
    }
    return;
  }
  app.setLoginItemSettings({ openAtLogin: settings.launchAtLogin, args: settings.launchAtLogin && settings.startHidden ? [HIDDEN_FLAG] : [] });
}
