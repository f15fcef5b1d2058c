import path from 'node:path';
import type { dataFileChannels } from '../shared/data/channels.ts';
import type { DataCommands } from '../shared/data/handlers.ts';
import { MAX_IMPORT_BYTES, megabytes } from '../shared/data/limits.ts';
import type { Handlers, ResponseMap } from '../shared/ipc/contract.ts';
import type { OpenFile, SaveFile } from './files.ts';

export type DataFileChannel = keyof typeof dataFileChannels;

export interface DataFileDeps {
  journal: { readonly data: Pick<DataCommands, 'exportFileName' | 'exportFile' | 'checkImport'> };
  saveFile: SaveFile;
  openFile: OpenFile;
}

const JOURNAL_FILTER = { name: 'Ownlog journal', extensions: ['json'] };

/**
 * Export and import through the system's file dialogs. The journal makes the export and
 * checks what is imported; the shell only asks where, writes and reads — and never reads a
 * file larger than an import takes.
 */
export function dataFileHandlers({ journal, saveFile, openFile }: DataFileDeps): Pick<Handlers, DataFileChannel> {
  return {
    'ownlog:data-export-save': async () => {
      let records = 0;
      const saved = await saveFile({
        title: 'Export everything',
        fileName: journal.data.exportFileName(),
        filter: JOURNAL_FILTER,
        data: () => {
          const file = journal.data.exportFile();
          records = file.records;
          return file.text;
        },
      });
      return { ...saved, records };
    },

    'ownlog:data-import-choose': async () => {
      const opened = await openFile({ title: 'Import a journal', filter: JOURNAL_FILTER, maxBytes: MAX_IMPORT_BYTES });
      if (!opened.opened) return { chosen: false };
      const fileName = path.basename(opened.path);
      const refuse = (message: string): ResponseMap['ownlog:data-import-choose'] => ({ chosen: true, check: { ok: false, fileName, problems: [{ path: '', message }], problemCount: 1 } });
      if (!opened.read.ok) {
        return refuse(
          opened.read.tooLarge === null
            ? `Ownlog could not read the file: ${opened.read.reason}.`
            : `The file is ${megabytes(opened.read.tooLarge)}; Ownlog imports files of up to ${megabytes(MAX_IMPORT_BYTES)}, far more than any journal it exports. It was not read.`,
        );
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(opened.read.bytes);
      } catch {
        return refuse('The file is not text (UTF-8), so it is not an Ownlog export.');
      }
      return { chosen: true, check: journal.data.checkImport(text, fileName) };
    },
  };
}
