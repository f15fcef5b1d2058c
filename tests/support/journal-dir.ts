import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJournal, type Journal } from '../../shared/journal.ts';
import { backupsDirFor, createFolderBackups } from '../../shared/node/backups.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { gitExecutableLog } from '../../shared/node/git-log.ts';
import { confFiles, type OpenStoreFile } from '../../shared/node/store-files.ts';
import type { Clock, IdSource } from '../../shared/ports.ts';
import { isOpenFile, openFileOf } from '../../shared/store/layout.ts';
import { randomIds } from '../../shared/node/system-clock.ts';

/** A fresh folder for one test's journal, removed when the test is done with its backups beside it. */
export function makeJournalDir(label = 'journal'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ownlog-${label}-`));
  return {
    dir,
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(backupsDirFor(dir), { recursive: true, force: true });
    },
  };
}

/**
 * A journal over real conf files in `dir`, as the app opens one (a "start" of the app), with
 * its backups in the folder beside it, reading git as the app does. `files` replaces how the
 * files are opened (a test that makes a write fail part way).
 */
export function openJournalAt(dir: string, clock: Clock, ids: IdSource = randomIds, files: OpenStoreFile = confFiles(dir)): Journal {
  return openJournal({ clock, ids, store: createConfJournalStore(files, clock), backups: createFolderBackups({ journalDir: dir, clock }), gitLog: gitExecutableLog() });
}

/** Every file of the journal folder with its bytes, to prove that nothing changed. */
export function snapshotFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    files[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
  }
  return files;
}

/**
 * Journal files whose writes can be made to fail, as a full disk would: `failAfter(n)` lets
 * `n` more writes through and fails every one after them; `failOne(n)` fails only the one
 * after them, as a disk that was briefly full.
 */
export function failingWrites(files: OpenStoreFile): { files: OpenStoreFile; failAfter(writes: number): void; failOne(after: number): void } {
  let left = Number.POSITIVE_INFINITY;
  let once = false;
  return {
    files: (name) => {
      const file = files(name);
      return {
        path: file.path,
        get store() {
          return file.store;
        },
        set store(value) {
          if (left <= 0) {
            if (once) left = Number.POSITIVE_INFINITY;
            throw new Error('ENOSPC: no space left on device');
          }
          left -= 1;
          file.store = value;
        },
      };
    },
    failAfter(writes) {
      left = writes;
      once = false;
    },
    failOne(after) {
      left = after;
      once = true;
    },
  };
}

/** The journal's own files (not those moved aside next to them), with their bytes. */
export function journalFiles(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshotFiles(dir)).filter(([name]) => /^[a-z-]+(-\d{4}-\d{2}|-\d{2})?\.json$/.test(name)));
}

/** The file an open record is kept in, in the journal folder `dir`. */
export function openFilePath(dir: string, id: string): string {
  return path.join(dir, `${openFileOf(id)}.json`);
}

/** Every open record as written on disk, from all the journal's files of open records. */
export function openRecordsOnDisk(dir: string): Record<string, unknown> {
  const records: Record<string, unknown> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.json') && isOpenFile(name.slice(0, -'.json'.length))) Object.assign(records, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  }
  return records;
}
