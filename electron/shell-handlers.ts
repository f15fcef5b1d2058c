import type { Handlers, RequestMap, ResponseMap, ShellChannel } from '../shared/ipc/contract.ts';
import type { DataFileChannel } from './data-files.ts';

/**
 * What the shell needs of Electron's `clipboard`: its own fits, and so does the recording one
 * the tests use. (Electron 45's `writeText` returns a promise; older ones returned nothing.)
 */
export interface TextClipboard {
  writeText(text: string): Promise<void> | void;
}

/** Saves an export where the user says (see files.ts); the browser tests pass one of their own. */
export type SaveExport = (request: RequestMap['ownlog:export-save']) => Promise<ResponseMap['ownlog:export-save']>;

export interface ShellDeps {
  clipboard: TextClipboard;
  saveExport: SaveExport;
  /** What the shell can tell about itself, for the settings screen. */
  info: () => ResponseMap['ownlog:shell-info'];
  /** Hides the quick-capture window, giving the focus back to where the user was. */
  hideCapture: () => void;
  /** The data area's file dialogs: export everything, choose a file to import. */
  data: Pick<Handlers, DataFileChannel>;
}

/**
 * The channels the shell answers itself rather than the journal: writing to the system
 * clipboard, which the hardened page may not do on its own, saving exports to files, and
 * the data area's file dialogs (data-files.ts).
 */
export function shellHandlers({ clipboard, saveExport, info, hideCapture, data }: ShellDeps): Pick<Handlers, ShellChannel> {
  return {
    ...data,
    'ownlog:clipboard-write-text': async ({ text }) => {
      await clipboard.writeText(text);
      return {};
    },
    'ownlog:export-save': (request) => saveExport(request),
    'ownlog:shell-info': () => info(),
    'ownlog:capture-window-done': () => {
      hideCapture();
      return {};
    },
  };
}
