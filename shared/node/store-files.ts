import path from 'node:path';
import Conf from 'conf';

/**
 * One JSON file of the journal, as conf (and electron-store, its Electron subclass) gives it:
 * reading `store` reads and parses the file; assigning it writes the file atomically.
 */
export interface StoreFile {
  store: Record<string, unknown>;
  readonly path: string;
}

export type OpenStoreFile = (name: string) => StoreFile;

/**
 * The options every journal file is opened with, in the app and in tests alike.
 * - Record ids are keys, so dots in keys must not be read as paths.
 * - A file that fails to parse must never be cleared: the journal moves it aside itself and
 *   tells the user (conf's `clearInvalidConfig` would delete what they wrote).
 */
export const STORE_FILE_OPTIONS = {
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
  fileExtension: 'json',
} as const;

export type StoreFileOptions = typeof STORE_FILE_OPTIONS & { cwd: string; configName: string };

/** Makes the conf instance for one file: `new Conf(…)` under Node, `new ElectronStore(…)` in the app. */
export type MakeConf = (options: StoreFileOptions) => StoreFile;

/**
 * The files of a journal in `dir`. Each is opened on first use: conf reads the file in its
 * constructor and throws there if it cannot be parsed, and the journal must be able to catch
 * that, set the file aside and carry on.
 */
export function storeFiles(dir: string, make: MakeConf): OpenStoreFile {
  return (name) => {
    let conf: StoreFile | undefined;
    const opened = () => (conf ??= make({ ...STORE_FILE_OPTIONS, cwd: dir, configName: name }));
    return {
      path: path.join(dir, `${name}.${STORE_FILE_OPTIONS.fileExtension}`),
      get store() {
        return opened().store;
      },
      set store(value) {
        opened().store = value;
      },
    };
  };
}

/** Journal files through conf directly: what the core uses outside Electron. */
export function confFiles(dir: string): OpenStoreFile {
  return storeFiles(dir, (options) => new Conf<Record<string, unknown>>({ ...options, projectName: 'ownlog' }));
}
