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

/** Files in `dir` through conf directly: what the journal uses outside Electron. */
export function confFiles(dir: string): OpenStoreFile {
  return (name) =>
    new Conf<Record<string, unknown>>({
      ...STORE_FILE_OPTIONS,
      projectName: 'ownlog',
      cwd: dir,
      configName: name,
    });
}
