import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDailyBackups, FIRST_LOOK_MS, LOOK_EVERY_MS } from '../../electron/daily-backups.ts';
import { dataFileHandlers } from '../../electron/data-files.ts';
import { fileOpener, fileSaver } from '../../electron/files.ts';
import { JournalFile } from '../../shared/data/journal-file.ts';
import type { ResponseMap } from '../../shared/ipc/contract.ts';
import type { Journal } from '../../shared/journal.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';
import { virtualTimer } from '../support/virtual-timer.ts';
import { dialog, fake, powerMonitor } from './fake-electron.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
const reads: string[] = [];
const exportsMade: number[] = [];

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  folder = makeJournalDir('data-files');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
  dialog.answer = null;
  dialog.shown.length = 0;
  dialog.openAnswer = null;
  dialog.opened.length = 0;
  reads.length = 0;
  exportsMade.length = 0;
});
afterEach(() => folder.remove());

/** The handlers as main.ts builds them, over the recorded fake's dialogs, counting what is read and made. */
function handlers() {
  return dataFileHandlers({
    journal: {
      data: {
        ...journal.data,
        exportFile() {
          const made = journal.data.exportFile();
          exportsMade.push(made.records);
          return made;
        },
      },
    },
    saveFile: fileSaver({ dialog, writeFile: (file, data) => fs.promises.writeFile(file, data), folder: '/home/me/Documents', join: (directory, name) => path.join(directory, name) }),
    openFile: fileOpener({
      dialog,
      sizeOf: async (file) => (await fs.promises.stat(file)).size,
      readFile: (file) => {
        reads.push(file);
        return fs.promises.readFile(file);
      },
      folder: '/home/me/Documents',
    }),
  });
}

describe('export everything through the save dialog', () => {
  it('proposes ownlog-journal-<day>.json in Documents and writes the whole journal there', async () => {
    journal.capture('Send the rollout plan to Priya by Thu 3pm');
    const chosen = path.join(folder.dir, '..', `${path.basename(folder.dir)}-export.json`);
    dialog.answer = chosen;
    try {
      expect(await handlers()['ownlog:data-export-save']({})).toEqual({ saved: true, path: chosen, records: 1 });
      expect(dialog.shown).toEqual([
        {
          title: 'Export everything',
          defaultPath: '/home/me/Documents/ownlog-journal-2026-11-24.json',
          filters: [{ name: 'Ownlog journal', extensions: ['json'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
      ]);
      const file = JournalFile.parse(JSON.parse(fs.readFileSync(chosen, 'utf8')));
      expect(file.records.map((record) => record.kind === 'commitment' && record.title)).toEqual(['Send the rollout plan']);
    } finally {
      fs.rmSync(chosen, { force: true });
    }
  });

  it('makes and writes nothing when the user cancels', async () => {
    expect(await handlers()['ownlog:data-export-save']({})).toEqual({ saved: false, path: null, records: 0 });
    expect(exportsMade).toEqual([]);
  });
});

function problemsOf(answer: ResponseMap['ownlog:data-import-choose']): { path: string; message: string }[] {
  return answer.chosen && !answer.check.ok ? answer.check.problems : [];
}

describe('choosing a file to import', () => {
  it('asks for one JSON file from Documents and hands its text to the journal to check', async () => {
    const source = makeJournalDir('data-files-source');
    try {
      const other = openJournalAt(source.dir, clock);
      other.capture('Review the billing RFC for Omar');
      const file = path.join(source.dir, 'export.json');
      fs.writeFileSync(file, other.data.exportFile().text);
      dialog.openAnswer = file;

      const answer = await handlers()['ownlog:data-import-choose']({});
      expect(dialog.opened).toEqual([{ title: 'Import a journal', defaultPath: '/home/me/Documents', filters: [{ name: 'Ownlog journal', extensions: ['json'] }], properties: ['openFile'] }]);
      expect(answer).toMatchObject({ chosen: true, check: { ok: true, summary: { fileName: 'export.json', addedCount: 1 } } });
    } finally {
      source.remove();
    }
  });

  it('reads nothing when the user cancels', async () => {
    expect(await handlers()['ownlog:data-import-choose']({})).toEqual({ chosen: false });
    expect(dialog.opened).toHaveLength(1);
    expect(reads).toEqual([]);
  });

  it('never reads a file larger than an import takes', async () => {
    const file = path.join(folder.dir, 'huge.json');
    fs.writeFileSync(file, '{');
    fs.truncateSync(file, 100 * 1024 * 1024 + 1);
    dialog.openAnswer = file;
    const answer = await handlers()['ownlog:data-import-choose']({});
    expect(problemsOf(answer)).toEqual([{ path: '', message: 'The file is 100 MB; Ownlog imports files of up to 100 MB, far more than any journal it exports. It was not read.' }]);
    expect(reads).toEqual([]);
  });

  it('says so when the file cannot be read', async () => {
    dialog.openAnswer = folder.dir;
    const answer = await handlers()['ownlog:data-import-choose']({});
    expect(problemsOf(answer)).toHaveLength(1);
    expect(problemsOf(answer)[0]?.message).toMatch(/^Ownlog could not read the file: EISDIR/);
  });
});

describe('the daily backup timer', () => {
  it('looks shortly after start, then every hour and when the machine wakes, and reports a failure without stopping', () => {
    const timer = virtualTimer(clock);
    const errors: unknown[] = [];
    const looks: string[] = [];
    let failNext = false;
    const daily = startDailyBackups({
      journal: {
        data: {
          backups: {
            daily() {
              if (failNext) {
                failNext = false;
                throw new Error('disk full');
              }
              looks.push(clock.now().toISOString());
              return journal.data.backups.daily();
            },
          },
        },
      },
      powerMonitor,
      armTimer: timer.arm,
      report: (error) => errors.push(error),
    });
    expect(timer.armedMs()).toBe(FIRST_LOOK_MS);
    timer.fire();
    expect(journal.data.backups.list().backups.map((backup) => backup.id)).toEqual(['daily-2026-11-24']);
    expect(timer.armedMs()).toBe(LOOK_EVERY_MS);

    failNext = true;
    timer.fire();
    expect(errors.map(String)).toEqual(['Error: disk full']);
    expect(timer.armedMs()).toBe(LOOK_EVERY_MS);

    // Asleep over midnight: the wake-up looks at once.
    clock.sleep(10 * HOUR);
    fake.power('resume');
    expect(journal.data.backups.list().backups.map((backup) => backup.id)).toEqual(['daily-2026-11-25', 'daily-2026-11-24']);
    expect(looks).toHaveLength(2);

    daily.stop();
    expect(timer.armedMs()).toBeNull();
  });
});
