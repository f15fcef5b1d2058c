import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupsDirFor } from '../../shared/node/backups.ts';
import { chooseImport, exportThroughShell } from '../support/data-transfer.ts';
import { makeJournalDir, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { recordingShell, routerFor, scriptedImports } from '../support/journal-router.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';

/** A small good export to spoil: two commitments (one closed), a decision, and the settings. */
let good: { text: string };
const files = makeJournalDir('bad-files');
const sourceFolder = makeJournalDir('bad-source');
beforeAll(async () => {
  const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  const source = openJournalAt(sourceFolder.dir, clock);
  source.capture('Send the rollout plan to Priya by Thu 3pm');
  clock.advance(HOUR);
  source.closeAsDone(source.capture('Fix the flaky login test').id);
  source.handlers['ownlog:decision-record']({ what: 'Use Postgres advisory locks', why: 'Fewer moving parts' });
  good = await exportThroughShell(routerFor(source));
});
afterAll(() => {
  files.remove();
  sourceFolder.remove();
});

type Json = Record<string, unknown> & { records: Record<string, unknown>[]; settings: Record<string, unknown> };
const spoiled = (change: (file: Json) => void) => (): string => {
  const file = JSON.parse(good.text) as Json;
  change(file);
  return JSON.stringify(file, null, 2);
};

/** Each bad file: what it is, how to make it, and the problem the user must be shown (path and why). */
const badFiles: [string, () => string | Buffer, string | RegExp, RegExp][] = [
  ['cut off inside its last record', () => good.text.slice(0, good.text.length - 200), /^records\[\d\].*\(line \d+, column \d+\)$/, /not valid JSON: the file ends here.*cut off/],
  ['not JSON at all', () => 'Send rollout plan to Priya by Thu 3pm\n', 'line 1, column 1', /not valid JSON: expected a value, found "Send"/],
  ['empty', () => '', '', /^The file is empty\.$/],
  ['only whitespace', () => '  \n\t\n', '', /^The file is empty\.$/],
  ['a JSON list, not an export', () => '[1, 2, 3]', '', /not an Ownlog journal export: it holds a list/],
  ['from another app', spoiled((file) => (file.format = 'todoist-backup')), 'format', /"todoist-backup" — this is not an Ownlog journal export/],
  ['without a format', spoiled((file) => delete file.format), 'format', /missing — this is not an Ownlog journal export/],
  ['from a newer Ownlog', spoiled((file) => (file.version = 2)), 'version', /^2 — this file was exported by a newer version of Ownlog \(this one reads version 1\)\. Update Ownlog to import it\.$/],
  ['of a version never written', spoiled((file) => (file.version = 0)), 'version', /^0 is not a version Ownlog ever wrote/],
  ['with the version as text', spoiled((file) => (file.version = '1')), 'version', /should be a whole number, not the text "1"/],
  ['with a title that is a number', spoiled((file) => (file.records[0]!.title = 42)), 'records[0].title', /^should be a string, not the number 42\.$/],
  ['with a record missing its history', spoiled((file) => delete file.records[1]!.history), 'records[1].history', /^missing\.$/],
  ['with a field no record has', spoiled((file) => (file.records[0]!.admin = true)), 'records[0].admin', /^not a field Ownlog knows\.$/],
  ['with a field at the top', spoiled((file) => (file.deleteEverything = true)), 'deleteEverything', /^not a field Ownlog knows\.$/],
  ['with a due date that is not a date', spoiled((file) => (file.records[0]!.due = '2026-13-45T25:00:00.000Z')), 'records[0].due', /^"2026-13-45T25:00:00\.000Z" is not a date-time like 2026-11-24T14:30:00\.000Z/],
  ['with a local time instead of UTC', spoiled((file) => (file.records[0]!.createdAt = '2026-11-24T15:30:00+01:00')), 'records[0].createdAt', /is not a date-time like .*UTC/],
  ['with a status no commitment has', spoiled((file) => (file.records[0]!.status = 'sort-of-done')), 'records[0].status', /^"sort-of-done" is not one of "open", "done", "dropped"\.$/],
  ['with a title longer than a title can be', spoiled((file) => (file.records[0]!.title = 'x'.repeat(5000))), 'records[0].title', /^too long: 5000 characters, at most 500\.$/],
  ['with a 2-million-character string where no schema limits it', spoiled((file) => ((file.records[0]!.history as unknown[]).push({ type: 'edited', at: '2026-11-24T14:30:00.000Z', field: 'notes', from: null, to: 'x'.repeat(2_000_000) }))), 'records[0].history[1].to', /^too long: 2,000,000 characters, and no field of a journal holds more than 1,000,000\.$/],
  ['with two records of one id', spoiled((file) => file.records.push({ ...file.records[0]!, title: 'A copy' })), 'records[3].id', /is also the id of records\[0\]: each record is in the file once/],
  ['with a kind of record this version does not know', spoiled((file) => (file.records[2]!.kind = 'postmortem-draft')), 'records[2].kind', /^"postmortem-draft" is not a kind this version of Ownlog knows \(it knows commitment, blocker, checkin, decision, status-update, postmortem\)/],
  ['with a record without a kind', spoiled((file) => delete file.records[2]!.kind), 'records[2].kind', /^missing — every record says what kind it is\.$/],
  ['with a __proto__ key', () => good.text.replace('"kind": "commitment",', '"__proto__": {"polluted": true}, "kind": "commitment",'), 'records[0].__proto__', /^"__proto__" is not allowed as a name in a journal file\.$/],
  ['with NaN for a number', () => good.text.replace(/"ownership": 3/, '"ownership": NaN'), /^records\[0\]\.ownership \(line \d+, column \d+\)$/, /not valid JSON: NaN is not a value JSON can hold/],
  ['with Infinity for a number', () => good.text.replace(/"ownership": 3/, '"ownership": Infinity'), /^records\[0\]\.ownership \(line/, /Infinity is not a value JSON can hold/],
  ['with a setting out of range', spoiled((file) => (file.settings.keepDailyBackups = 0)), 'settings.keepDailyBackups', /^too small: at least 1\.$/],
  ['with a theme that does not exist', spoiled((file) => (file.settings.theme = 'neon')), 'settings.theme', /^"neon" is not one of "system", "light", "dark"\.$/],
  ['that is not text', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]), '', /not text \(UTF-8\), so it is not an Ownlog export/],
];

describe('a file that cannot be imported', () => {
  let dir: string;
  let folder: ReturnType<typeof makeJournalDir>;
  beforeEach(() => {
    folder = makeJournalDir('bad-target');
    dir = folder.dir;
    return () => folder.remove();
  });

  /** A journal with something in it, open and closed, and the router the page talks to. */
  function startTarget() {
    const clock = new VirtualClock('2026-11-25T09:00:00.000Z');
    const journal = openJournalAt(dir, clock);
    journal.capture('Write the incident summary for Lee');
    journal.closeAsDone(journal.capture('Renew the TLS certificate').id);
    const imports = scriptedImports();
    return { journal, imports, router: routerFor(journal, recordingShell({ imports })) };
  }

  it.each(badFiles)('%s is refused with its path and why, and every journal file stays byte-identical', async (label, make, where, why) => {
    const { journal, imports, router } = startTarget();
    const file = path.join(files.dir, `${label.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, make());
    const before = snapshotFiles(dir);

    const answer = await chooseImport(router, imports, file);
    if (!answer.chosen || answer.check.ok) throw new Error(`expected problems, got ${JSON.stringify(answer).slice(0, 300)}`);
    expect(answer.check.fileName).toBe(path.basename(file));
    const matching = answer.check.problems.filter((problem) => (typeof where === 'string' ? problem.path === where : where.test(problem.path)) && why.test(problem.message));
    expect(matching, JSON.stringify(answer.check.problems)).toHaveLength(1);

    expect(snapshotFiles(dir)).toEqual(before);
    expect(fs.existsSync(backupsDirFor(dir))).toBe(false);
    expect(journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Write the incident summary']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('of 150 MB is refused without being read', async () => {
    const { imports, router } = startTarget();
    const file = path.join(files.dir, 'huge.json');
    // A sparse file: its size is 150 MB without writing them.
    fs.writeFileSync(file, '{"format": "ownlog-journal", ');
    fs.truncateSync(file, 150 * 1024 * 1024);
    const before = snapshotFiles(dir);

    const answer = await chooseImport(router, imports, file);
    expect(answer).toEqual({
      chosen: true,
      check: { ok: false, fileName: 'huge.json', problemCount: 1, problems: [{ path: '', message: 'The file is 150 MB; Ownlog imports files of up to 100 MB, far more than any journal it exports. It was not read.' }] },
    });
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('with hundreds of problems lists the first 50 and counts them all', async () => {
    const { imports, router } = startTarget();
    const file = path.join(files.dir, 'many.json');
    fs.writeFileSync(file, spoiled((json) => (json.records = Array.from({ length: 200 }, () => ({ kind: 'commitment', id: 'x' }))))());
    const answer = await chooseImport(router, imports, file);
    if (!answer.chosen || answer.check.ok) throw new Error('expected problems');
    expect(answer.check.problems).toHaveLength(50);
    expect(answer.check.problemCount).toBeGreaterThan(200);
    expect(answer.check.problems[0]).toEqual({ path: 'records[0].id', message: '"x": Not a valid record id.' });
  });
});
