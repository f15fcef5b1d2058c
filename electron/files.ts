import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
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

export interface ExportSaverDeps {
  dialog: SaveDialog;
  printPdf: (html: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Where the save dialog starts: the user's documents folder. */
  folder: string;
  join: (folder: string, name: string) => string;
}

const FILTER_NAMES: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'Web page', text: 'Plain text', pdf: 'PDF' };

/**
 * Saves an export where the user chooses, under a sensible default name. Cancelling saves
 * nothing and is not an error.
 */
export function exportSaver({ dialog, printPdf, writeFile, folder, join }: ExportSaverDeps) {
  return async (request: { content: ExportContent; format: ExportFormat; fileName: string }): Promise<{ saved: boolean; path: string | null }> => {
    const { canceled, filePath } = await dialog.showSaveDialog({
      title: 'Export',
      defaultPath: join(folder, request.fileName),
      filters: [{ name: FILTER_NAMES[request.format], extensions: [EXTENSIONS[request.format]] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return { saved: false, path: null };
    const data = request.format === 'pdf' ? await printPdf(renderHtml(documentOf(request.content))) : renderAs(request.content, request.format);
    await writeFile(filePath, data);
    return { saved: true, path: filePath };
  };
}
