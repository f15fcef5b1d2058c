import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSaver } from '../../electron/files.ts';
import { shellHandlers, type SaveExport, type TextClipboard } from '../../electron/shell-handlers.ts';
import { createRouter, type Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';

/** A clipboard that keeps what was written to it, for tests to read. */
export interface RecordingClipboard extends TextClipboard {
  readonly texts: string[];
}

export function recordingClipboard(): RecordingClipboard {
  const texts: string[] = [];
  return {
    texts,
    writeText(text) {
      texts.push(text);
      return Promise.resolve();
    },
  };
}

/** Exports saved through the app's own saver, into a folder of the test's, as if the user chose it. */
export interface RecordingExports {
  readonly folder: string;
  /** Every file saved, in order. */
  readonly saved: string[];
  readonly saveExport: SaveExport;
}

export function recordingExports(printPdf: (html: string) => Promise<Uint8Array> = () => Promise.reject(new Error('PDF needs a browser to print it.'))): RecordingExports {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-exports-'));
  const saved: string[] = [];
  const save = exportSaver({
    // The user accepts the proposed name in the proposed folder.
    dialog: { showSaveDialog: (options) => Promise.resolve({ canceled: false, filePath: options.defaultPath ?? '' }) },
    printPdf,
    writeFile: (file, data) => fs.promises.writeFile(file, data),
    folder,
    join: (directory, name) => path.join(directory, name),
  });
  return {
    folder,
    saved,
    async saveExport(request) {
      const result = await save(request);
      if (result.path !== null) saved.push(result.path);
      return result;
    },
  };
}

/** The router as the app builds it: the journal's handlers and the shell's, over recording ones. */
export function routerFor(journal: Pick<Journal, 'handlers'>, shell: { clipboard?: TextClipboard; exports?: RecordingExports } = {}): Router {
  return createRouter({
    ...journal.handlers,
    ...shellHandlers({ clipboard: shell.clipboard ?? recordingClipboard(), saveExport: (shell.exports ?? recordingExports()).saveExport }),
  });
}
