import type { BrowserWindowConstructorOptions, OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { EXTENSIONS, type ExportFormat } from '../shared/export/formats.ts';
import { documentOf, renderAs, type ExportContent } from '../shared/export/render.ts';
import { renderHtml } from '../shared/export/html.ts';

/** What saving needs of Electron's `dialog`: its own fits, and so does the recorded fake. */
export interface SaveDialog {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
}

/** A hidden window that can print what it shows to PDF. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export type MakePrintWindow = (options: BrowserWindowConstructorOptions) => PrintWindow;

/** A4 with room for a binder, the background colours of code blocks kept. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  margins: { top: 0.6, bottom: 0.6, left: 0.7, right: 0.7 },
};

/**
 * The export's HTML is loaded into a hidden window that runs no script and loads nothing
 * else, and Chromium prints it — the same printing the browser tests use.
 */
export function printHtmlToPdf(makeWindow: MakePrintWindow): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const window = makeWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    try {
      await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return await window.webContents.printToPDF(PDF_OPTIONS);
    } finally {
      window.destroy();
    }
  };
}

/** What choosing a file to read needs of Electron's `dialog`: its own fits, and so does the recorded fake. */
export interface OpenDialog {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveRequest {
  /** The dialog's title. */
  title: string;
  /** The name it proposes, in the folder it starts in. */
  fileName: string;
  filter: FileFilter;
  /** Made only once the user has chosen where: a cancelled dialog costs nothing. */
  data: () => Promise<string | Uint8Array> | string | Uint8Array;
}

export interface SavedFile {
  saved: boolean;
  path: string | null;
}

/** Asks where, then writes: every file the app saves goes this one way. */
export type SaveFile = (request: SaveRequest) => Promise<SavedFile>;

export interface FileSaverDeps {
  dialog: SaveDialog;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Where the save dialog starts: the user's documents folder. */
  folder: string;
  join: (folder: string, name: string) => string;
}

/**
 * Saves where the user chooses, under a sensible default name. Cancelling saves nothing and
 * is not an error.
 */
export function fileSaver({ dialog, writeFile, folder, join }: FileSaverDeps): SaveFile {
  return async ({ title, fileName, filter, data }) => {
    const { canceled, filePath } = await dialog.showSaveDialog({
      title,
      defaultPath: join(folder, fileName),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return { saved: false, path: null };
    await writeFile(filePath, await data());
    return { saved: true, path: filePath };
  };
}

const FILTER_NAMES: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'Web page', text: 'Plain text', pdf: 'PDF' };

/** Saves a status update's export in any format; PDF is Chromium printing its HTML. */
export function exportSaver({ saveFile, printPdf }: { saveFile: SaveFile; printPdf: (html: string) => Promise<Uint8Array> }) {
  return (request: { content: ExportContent; format: ExportFormat; fileName: string }): Promise<SavedFile> =>
    saveFile({
      title: 'Export',
      fileName: request.fileName,
      filter: { name: FILTER_NAMES[request.format], extensions: [EXTENSIONS[request.format]] },
      data: () => (request.format === 'pdf' ? printPdf(renderHtml(documentOf(request.content))) : renderAs(request.content, request.format)),
    });
}

export type OpenedFile =
  | { opened: false }
  | { opened: true; path: string; read: { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: number | null; reason: string } };

export type OpenFile = (request: { title: string; filter: FileFilter; maxBytes: number }) => Promise<OpenedFile>;

export interface FileOpenerDeps {
  dialog: OpenDialog;
  /** The file's size, read before the file: a file over the limit is never read. */
  sizeOf: (path: string) => Promise<number>;
  readFile: (path: string) => Promise<Uint8Array>;
  folder: string;
}

/** Asks which file, then reads it — unless it is larger than the caller can take. */
export function fileOpener({ dialog, sizeOf, readFile, folder }: FileOpenerDeps): OpenFile {
  return async ({ title, filter, maxBytes }) => {
    const { canceled, filePaths } = await dialog.showOpenDialog({ title, defaultPath: folder, filters: [filter], properties: ['openFile'] });
    const [chosen] = filePaths;
    if (canceled || chosen === undefined) return { opened: false };
    try {
      const size = await sizeOf(chosen);
      if (size > maxBytes) return { opened: true, path: chosen, read: { ok: false, tooLarge: size, reason: 'too large' } };
      return { opened: true, path: chosen, read: { ok: true, bytes: await readFile(chosen) } };
    } catch (error) {
      return { opened: true, path: chosen, read: { ok: false, tooLarge: null, reason: error instanceof Error ? error.message : String(error) } };
    }
  };
}
