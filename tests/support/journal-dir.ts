import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJournal, type Journal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import type { Clock, IdSource } from '../../shared/ports.ts';
import { randomIds } from '../../shared/node/system-clock.ts';

/** A fresh folder for one test's journal, removed when the test is done. */
export function makeJournalDir(label = 'journal'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ownlog-${label}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A journal over real conf files in `dir`, as the app opens one (a "start" of the app). */
export function openJournalAt(dir: string, clock: Clock, ids: IdSource = randomIds): Journal {
  return openJournal({ clock, ids, store: createConfJournalStore(confFiles(dir), clock) });
}

/** Every file of the journal folder with its bytes, to prove that nothing changed. */
export function snapshotFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    files[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
  }
  return files;
}
