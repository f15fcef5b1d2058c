import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataFileHandlers } from '../../electron/data-files.ts';
import { exportSaver, fileOpener, fileSaver, type OpenFile, type SaveFile } from '../../electron/files.ts';
import { shellHandlers, type SaveExport, type ShellDeps, type TextClipboard } from '../../electron/shell-handlers.ts';
import { createRouter, type Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';
import type { ShellInfo } from '../../shared/shell/channels.ts';

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

/** Files saved through the app's own save path, into a folder of the test's, as if the user chose it. */
export interface RecordingExports {
  readonly folder: string;
  /** Every file saved, in order. */
  readonly saved: string[];
  readonly saveFile: SaveFile;
  readonly saveExport: SaveExport;
}

export function recordingExports(printPdf: (html: string) => Promise<Uint8Array> = () => Promise.reject(new Error('PDF needs a browser to print it.'))): RecordingExports {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-exports-'));
  const saved: string[] = [];
  const save = fileSaver({
    // The user accepts the proposed name in the proposed folder.
    dialog: { showSaveDialog: (options) => Promise.resolve({ canceled: false, filePath: options.defaultPath ?? '' }) },
    writeFile: (file, data) => fs.promises.writeFile(file, data),
    folder,
    join: (directory, name) => path.join(directory, name),
  });
  const saveFile: SaveFile = async (request) => {
    const result = await save(request);
    if (result.path !== null) saved.push(result.path);
    return result;
  };
  return { folder, saved, saveFile, saveExport: exportSaver({ saveFile, printPdf }) };
}

/** The import's open dialog, answered as the test says, through the app's own opener. */
export interface ScriptedImports {
  /** The file the user picks at the next Import…; null cancels the dialog. */
  pick: string | null;
  /** Every file picked, in order. */
  readonly picked: string[];
  readonly openFile: OpenFile;
}

export function scriptedImports(): ScriptedImports {
  const imports: ScriptedImports = {
    pick: null,
    picked: [],
    openFile: fileOpener({
      dialog: {
        showOpenDialog() {
          const chosen = imports.pick;
          if (chosen === null) return Promise.resolve({ canceled: true, filePaths: [] });
          imports.picked.push(chosen);
          return Promise.resolve({ canceled: false, filePaths: [chosen] });
        },
      },
      sizeOf: async (file) => (await fs.promises.stat(file)).size,
      readFile: (file) => fs.promises.readFile(file),
      folder: os.tmpdir(),
    }),
  };
  return imports;
}

/**
 * A shell that records what the page asked of it: copies, exports, imports picked, capture
 * windows hidden. The data dialogs need the journal, so `routerFor` adds them.
 */
export interface RecordingShell extends Omit<ShellDeps, 'data'> {
  readonly clipboard: RecordingClipboard;
  readonly exports: RecordingExports;
  readonly imports: ScriptedImports;
  readonly hidden: { count: number };
  /** What the shell says of itself; a test may change it before the page asks. */
  readonly shellInfo: ShellInfo;
}

export function recordingShell(overrides: { clipboard?: RecordingClipboard; exports?: RecordingExports; imports?: ScriptedImports } = {}): RecordingShell {
  const exports = overrides.exports ?? recordingExports();
  const hidden = { count: 0 };
  const shellInfo: ShellInfo = {
    platform: 'linux',
    shortcut: { accelerator: 'CommandOrControl+Shift+Space', registered: true, wayland: false },
    commandLine: 'ownlog capture "Send rollout plan to Priya by Thu 3pm"',
    trayShown: true,
  };
  return {
    clipboard: overrides.clipboard ?? recordingClipboard(),
    exports,
    imports: overrides.imports ?? scriptedImports(),
    saveExport: exports.saveExport,
    info: () => structuredClone(shellInfo),
    shellInfo,
    hidden,
    hideCapture: () => {
      hidden.count += 1;
    },
  };
}

/** The router as the app builds it: the journal's handlers and the shell's, over a recording shell. */
export function routerFor(
  journal: Pick<Journal, 'handlers' | 'data'>,
  shell: Omit<ShellDeps, 'data'> & Pick<RecordingShell, 'exports' | 'imports'> = recordingShell(),
): Router {
  const data = dataFileHandlers({ journal, saveFile: shell.exports.saveFile, openFile: shell.imports.openFile });
  return createRouter({ ...journal.handlers, ...shellHandlers({ ...shell, data }) });
}
