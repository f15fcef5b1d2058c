import type { Handlers, ShellChannel } from '../shared/ipc/contract.ts';

/**
 * What the shell needs of Electron's `clipboard`: its own fits, and so does the recording one
 * the tests use. (Electron 45's `writeText` returns a promise; older ones returned nothing.)
 */
export interface TextClipboard {
  writeText(text: string): Promise<void> | void;
}

/**
 * The channels the shell answers itself rather than the journal: writing to the system
 * clipboard, which the hardened page may not do on its own.
 */
export function shellHandlers({ clipboard }: { clipboard: TextClipboard }): Pick<Handlers, ShellChannel> {
  return {
    'ownlog:clipboard-write-text': async ({ text }) => {
      await clipboard.writeText(text);
      return {};
    },
  };
}
