import path from 'node:path';

/** The image files the main process loads at run time, outside app.asar. */
export interface ResourceDirs {
  /** The tray icons (assets/tray). */
  tray: string;
  /** The app icon at each size (assets/icons). */
  icons: string;
}

/**
 * Where they are: in the packaged app, the installer's resources folder (electron-builder.yml's
 * `extraResources` puts them there); run from the sources, assets/ — main.js is built into
 * out/main/.
 */
export function resourceDirs({ packaged, resourcesPath, mainDir }: { packaged: boolean; resourcesPath: string; mainDir: string }): ResourceDirs {
  const root = packaged ? resourcesPath : path.join(mainDir, '../../assets');
  return { tray: path.join(root, 'tray'), icons: path.join(root, 'icons') };
}

/** The window icon Linux shows when no desktop entry names one (the tar.gz, the sources). */
export const WINDOW_ICON = '256x256.png';
