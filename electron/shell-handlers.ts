import type { Handlers, RequestMap, ResponseMap, ShellChannel } from '../shared/ipc/contract.ts';

/**
 * What the shell needs of Electron's `clipboard`: its own fits, and so does the recording one
 * the tests use. (Electron 45's `writeText` returns a promise; older ones returned nothing.)
 */
export interface TextClipboard {
  writeText(text: string): Promise<void> | void;
}

/** Saves an export where the user says (see files.ts); the browser tests pass one of their own. */
export type SaveExport = (request: RequestMap['ownlog:export-save']) => Promise<ResponseMap['ownlog:export-save']>;

/**
 * The channels the shell answers itself rather than the journal: writing to the system
 * clipboard, which the hardened page may not do on its own, and saving exports to files.
 */
export function shellHandlers({ clipboard, saveExport }: { clipboard: TextClipboard; saveExport: SaveExport }): Pick<Handlers, ShellChannel> {
  return {
    'ownlog:clipboard-write-text': async ({ text }) => {
      await clipboard.writeText(text);
      return {};
    },
    'ownlog:export-save': (request) => saveExport(request),
  };
}
