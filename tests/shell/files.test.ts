import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSaver, fileSaver, PDF_OPTIONS, printHtmlToPdf } from '../../electron/files.ts';
import { makeJournalDir } from '../support/journal-dir.ts';
import { BrowserWindow, dialog, fake } from './fake-electron.ts';

let folder: ReturnType<typeof makeJournalDir>;
beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  folder = makeJournalDir('files');
  dialog.answer = null;
  dialog.shown.length = 0;
});
afterEach(() => {
  folder.remove();
});

const saveFile = () => fileSaver({ dialog, writeFile: (file, data) => fs.promises.writeFile(file, data), folder: '/home/me/Documents', join: (directory, name) => path.join(directory, name) });
const saver = () => exportSaver({ saveFile: saveFile(), printPdf: printHtmlToPdf((options) => new BrowserWindow(options)) });

const content = { kind: 'markdown' as const, title: 'Weekly update', text: '# Weekly update — 2026-W48\n\n## Progress\n\n- Sent the rollout plan\n' };

describe('saving an export', () => {
  it('prints PDF from the export’s HTML in a hidden window that runs no script, and writes its bytes', async () => {
    const chosen = path.join(folder.dir, 'week.pdf');
    dialog.answer = chosen;
    const result = await saver()({ content, format: 'pdf', fileName: 'ownlog-weekly-2026-W48.pdf' });
    expect(result).toEqual({ saved: true, path: chosen });
    expect(dialog.shown[0]).toMatchObject({ defaultPath: '/home/me/Documents/ownlog-weekly-2026-W48.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });

    const [window] = BrowserWindow.all;
    expect(window?.options).toEqual({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false } });
    const html = decodeURIComponent(window?.url?.replace(/^data:text\/html;charset=utf-8,/, '') ?? '');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Weekly update — 2026-W48</h1>');
    expect(html).toContain('<li>Sent the rollout plan</li>');
    expect(window?.webContents.printed).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true });
    expect(window?.destroyed).toBe(true);
    expect(fs.readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 printed by the fake\n');
  });

  it('writes Markdown, HTML and text as rendered from the one document', async () => {
    for (const [format, extension, expected] of [
      ['markdown', 'md', '## Progress\n\n- Sent the rollout plan'],
      ['html', 'html', '<h3>Progress</h3>'],
      ['text', 'txt', 'Progress\n--------'],
    ] as const) {
      const chosen = path.join(folder.dir, `week.${extension}`);
      dialog.answer = chosen;
      await saver()({ content, format, fileName: `ownlog-weekly-2026-W48.${extension}` });
      expect(fs.readFileSync(chosen, 'utf8')).toContain(expected);
    }
    expect(BrowserWindow.all).toEqual([]);
  });

  it('saves nothing when the user cancels the dialog', async () => {
    const result = await saver()({ content, format: 'markdown', fileName: 'ownlog-weekly-2026-W48.md' });
    expect(result).toEqual({ saved: false, path: null });
    expect(fs.readdirSync(folder.dir)).toEqual([]);
  });
});
