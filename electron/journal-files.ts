import path from 'node:path';
import ElectronStore from 'electron-store';
import { storeFiles, type OpenStoreFile } from '../shared/node/store-files.ts';

/** The journal's folder inside the app's user-data folder. */
export function journalDir(userData: string): string {
  return path.join(userData, 'journal');
}

/**
 * The journal's files through electron-store, which is conf with Electron's folders: the same
 * options, files and atomic writes the core is tested with under Node.
 */
export function electronStoreFiles(userData: string): OpenStoreFile {
  return storeFiles(journalDir(userData), ({ configName, ...options }) => new ElectronStore<Record<string, unknown>>({ ...options, name: configName }));
}
