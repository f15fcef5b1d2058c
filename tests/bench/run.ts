/**
 * npm run bench — the performance goals of a journal kept for ten years, measured over a
 * seeded heavy journal (tests/support/seed-journal.ts), each figure beside its target.
 *
 * The machines are shared and noisy, so absolute figures are printed for people to read and
 * the exit code is decided only by ratios measured in the same run: capture against a naive
 * single-file store and against a SQLite WAL commit, and cold start at ten years against one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Conf from 'conf';
import { openJournal, type Journal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import type { JournalRecord } from '../../shared/store/port.ts';
import { call } from '../support/call.ts';
import { ONE_YEAR, TEN_YEARS, writeHeavyJournal } from '../support/seed-journal.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { against, figure, mb, ms, printTable, spread, timed, type Figure, type Row } from './figures.ts';
import { measureRenderer } from './renderer.ts';

const NOW = '2026-11-24T14:30:00.000Z';
process.env.TZ ??= 'Europe/Berlin';
const LINE = 'Send the rollout plan to Priya by Thu 3pm';
/** Ratios measured in the same run: these decide the exit code. */
const NAIVE_RATIO_MIN = 50;
const SQLITE_RATIO_MAX = 3;
const GROWTH_MAX = 1.5;

const made: string[] = [];
function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ownlog-bench-${label}-`));
  made.push(dir);
  return dir;
}

function openAt(dir: string): Journal {
  const clock = new VirtualClock(NOW);
  return openJournal({ clock, ids: randomIds, store: createConfJournalStore(confFiles(dir), clock) });
}

/** A copy of a journal folder, so a measurement that writes leaves the seeded one as it was. */
function copyOf(dir: string, label: string): string {
  const copy = tempDir(label);
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

function measureCapture(dir: string, iterations: number): { capture: Figure; captured: JournalRecord } {
  const journal = openAt(copyOf(dir, 'capture'));
  const times: number[] = [];
  let captured: JournalRecord | undefined;
  for (let index = 0; index < iterations; index += 1) {
    times.push(timed(() => (captured = journal.capture({ line: LINE, takeOnAnyway: true }))));
  }
  if (captured === undefined) throw new Error('nothing was captured');
  return { capture: figure(times), captured };
}

/** The whole journal in one conf file, the record written into it the way a naive store would. */
function measureNaive(records: readonly JournalRecord[], record: JournalRecord, iterations: number): Figure {
  const file = new Conf<Record<string, unknown>>({ projectName: 'ownlog', cwd: tempDir('naive'), configName: 'everything', accessPropertiesByDotNotation: false });
  file.store = Object.fromEntries(records.map((each) => [each.id, each]));
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) times.push(timed(() => file.set(`${record.id}-${String(index)}`, { ...record, id: `${record.id}-${String(index)}` })));
  return figure(times);
}

/**
 * What limits a durable write through conf: the same record written alone, to a file of its
 * own through conf, and the bare atomic write conf makes (temporary file, fsync, rename).
 */
function measureFloors(record: JournalRecord, iterations: number): { confAlone: Figure; atomic: Figure } {
  const dir = tempDir('floor');
  const file = new Conf<Record<string, unknown>>({ projectName: 'ownlog', cwd: dir, configName: 'one', accessPropertiesByDotNotation: false });
  const confAlone: number[] = [];
  const atomic: number[] = [];
  const body = JSON.stringify({ [record.id]: record }, null, '\t');
  for (let index = 0; index < iterations; index += 1) {
    confAlone.push(timed(() => (file.store = { [record.id]: record })));
    atomic.push(
      timed(() => {
        const temporary = path.join(dir, `bare.json.tmp-${String(index)}`);
        const fd = fs.openSync(temporary, 'w');
        fs.writeSync(fd, body);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fs.renameSync(temporary, path.join(dir, 'bare.json'));
      }),
    );
  }
  return { confAlone: figure(confAlone), atomic: figure(atomic) };
}

/** The same record committed to a SQLite table in WAL mode, synchronous=FULL (durable on return). */
function measureSqlite(records: readonly JournalRecord[], record: JournalRecord, iterations: number): Figure {
  const db = new DatabaseSync(path.join(tempDir('sqlite'), 'journal.db'));
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE records (id TEXT PRIMARY KEY, closed_at TEXT, body TEXT NOT NULL)');
    const put = db.prepare('INSERT OR REPLACE INTO records (id, closed_at, body) VALUES (?, ?, ?)');
    db.exec('BEGIN');
    for (const each of records) put.run(each.id, each.closedAt, JSON.stringify(each));
    db.exec('COMMIT');
    const times: number[] = [];
    for (let index = 0; index < iterations; index += 1) times.push(timed(() => put.run(`${record.id}-${String(index)}`, null, JSON.stringify(record))));
    return figure(times);
  } finally {
    db.close();
  }
}

interface Start {
  ms: number;
  loops: number;
  rss: number;
  heapUsed: number;
}

function coldStarts(dir: string, runs: number): { time: Figure; rss: Figure; heap: Figure; loops: number } {
  const starts: Start[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = execFileSync(process.execPath, ['--expose-gc', path.join(import.meta.dirname, 'core-start.ts'), dir, NOW], { encoding: 'utf8' });
    starts.push(JSON.parse(output) as Start);
  }
  return { time: figure(starts.map((start) => start.ms)), rss: figure(starts.map((start) => start.rss)), heap: figure(starts.map((start) => start.heapUsed)), loops: starts[0]?.loops ?? 0 };
}

/** A query's first answer after the app starts: a fresh journal each run, opened untimed; `after` (untimed) tidies up. */
function firstAnswer<T>(dir: string, runs: number, query: (journal: Journal) => T, after: (journal: Journal, answer: T) => void = () => undefined): Figure {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const journal = openAt(dir);
    let answer: T | undefined;
    times.push(timed(() => (answer = query(journal))));
    if (answer !== undefined) after(journal, answer);
  }
  return figure(times);
}

/** A query asked again and again on one journal, with `between` (untimed) before each ask. */
function repeated(journal: Journal, runs: number, query: () => unknown, between: () => void = () => undefined): Figure {
  query();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    between();
    times.push(timed(query));
  }
  return figure(times);
}

/** The same-run ratios missed: these alone decide the exit code. */
const missed: string[] = [];
function ratioRow(row: Omit<Row, 'verdict'>, ok: boolean): Row {
  if (!ok) missed.push(row.what.trim());
  return { ...row, verdict: ok ? 'met' : 'MISSED' };
}

try {
  console.log(`Ownlog bench — Node ${process.version}, ${String(os.cpus().length)} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  let started = performance.now();
  const tenYears = tempDir('10y');
  const records = writeHeavyJournal(tenYears, { now: new Date(NOW), ...TEN_YEARS });
  const oneYear = tempDir('1y');
  writeHeavyJournal(oneYear, { now: new Date(NOW), ...ONE_YEAR });
  const files = fs.readdirSync(tenYears);
  const bytes = files.reduce((sum, name) => sum + fs.statSync(path.join(tenYears, name)).size, 0);
  console.log(
    `Seeded in ${ms(performance.now() - started)}: ${records.length.toLocaleString('en')} records over 10 years (${String(TEN_YEARS.open)} open commitments), ${String(files.length)} files, ${mb(bytes)}; and the same life at 1 year.`,
  );

  started = performance.now();
  const { capture, captured } = measureCapture(tenYears, 80);
  const naive = measureNaive(records, captured, 6);
  const sqlite = measureSqlite(records, captured, 80);
  const floors = measureFloors(captured, 80);
  const naiveRatio = naive.median / capture.median;
  const sqliteRatio = capture.median / sqlite.median;
  printTable('Durable capture, 10-year journal, 1,000 open', [
    { what: 'capture (parse, validate, atomic write)', measured: `${spread(capture)}; p95 ${ms(capture.p95)}`, target: '', comparison: '', verdict: '' },
    ratioRow({ what: '  vs naive single-file conf store', measured: `${spread(naive)}; p95 ${ms(naive.p95)}`, target: `≥ ${String(NAIVE_RATIO_MIN)}× faster`, comparison: `${naiveRatio.toFixed(0)}× faster` }, naiveRatio >= NAIVE_RATIO_MIN),
    ratioRow({ what: '  vs node:sqlite WAL commit (FULL)', measured: `${spread(sqlite)}; p95 ${ms(sqlite.p95)}`, target: `≤ ${String(SQLITE_RATIO_MAX)}× its time`, comparison: `${sqliteRatio.toFixed(1)}× its time` }, sqliteRatio <= SQLITE_RATIO_MAX),
    { what: '  floor: conf write of the record alone', measured: `${spread(floors.confAlone)}; p95 ${ms(floors.confAlone.p95)}`, target: '(printed)', comparison: `${(floors.confAlone.median / sqlite.median).toFixed(1)}× SQLite`, verdict: '' },
    { what: '  floor: bare temp file + fsync + rename', measured: `${spread(floors.atomic)}; p95 ${ms(floors.atomic.p95)}`, target: '(printed)', comparison: `${(floors.atomic.median / sqlite.median).toFixed(1)}× SQLite`, verdict: '' },
  ]);

  const startOne = coldStarts(oneYear, 7);
  const startTen = coldStarts(tenYears, 7);
  const growth = startTen.time.median / startOne.time.median;
  printTable('Core cold start (settings + open records → Open loops), fresh process', [
    { what: `1 year (${String(startOne.loops)} loops)`, measured: spread(startOne.time), target: '≤ 50 ms', comparison: '', verdict: against(startOne.time.median, 50) },
    { what: `10 years (${String(startTen.loops)} loops)`, measured: spread(startTen.time), target: '≤ 50 ms', comparison: '', verdict: against(startTen.time.median, 50) },
    ratioRow({ what: 'growth from 1 to 10 years', measured: '', target: `≤ ${String(GROWTH_MAX)}× (flat)`, comparison: `${growth.toFixed(2)}× 1 year` }, growth <= GROWTH_MAX),
    { what: 'core memory, 10 years, Open loops loaded', measured: `RSS ${spread(startTen.rss, mb)}`, target: '(printed)', comparison: `1 year: RSS ${mb(startOne.rss.median)}`, verdict: '' },
    { what: '  JS heap used', measured: spread(startTen.heap, mb), target: '(printed)', comparison: `1 year: ${mb(startOne.heap.median)}`, verdict: '' },
  ]);

  const journal = openAt(copyOf(tenYears, 'queries'));
  const loopsAfterChange = repeated(journal, 30, () => call(journal, 'ownlog:loops-list', {}), () => call(journal, 'ownlog:settings-save', { changes: {} }));
  const loopsAgain = repeated(journal, 30, () => call(journal, 'ownlog:loops-list', {}));
  // Each run drafts anew (the draft of the run before is deleted, untimed).
  const draftDir = copyOf(tenYears, 'draft');
  const draftJournal = openAt(copyOf(tenYears, 'draft-again'));
  const draftAgain = repeated(draftJournal, 10, () => call(draftJournal, 'ownlog:status-regenerate', { id: call(draftJournal, 'ownlog:status-draft', { cadence: 'weekly' }).id, replaceEdits: true }));
  const draftFirst = firstAnswer(draftDir, 7, (fresh) => call(fresh, 'ownlog:status-draft', { cadence: 'weekly' }), (fresh, draft: { id: string }) => call(fresh, 'ownlog:status-delete', { id: draft.id }));
  // The index is made once from every archive and saved; each start after reads it from disk.
  const indexBuilt = timed(() => call(openAt(tenYears), 'ownlog:postmortem-search', { text: 'lock holders' }));
  const searchFirst = firstAnswer(tenYears, 5, (fresh) => call(fresh, 'ownlog:postmortem-search', { text: 'lock holders' }));
  const searchAgain = repeated(journal, 30, () => call(journal, 'ownlog:postmortem-search', { text: 'flaky test fixture' }));
  const libraryFirst = firstAnswer(tenYears, 7, (fresh) => call(fresh, 'ownlog:postmortem-library', {}));
  const hits = call(journal, 'ownlog:postmortem-search', { text: 'lock holders' }).hits.length;
  printTable('Queries over the 10-year journal', [
    { what: 'Open loops, first after a change', measured: spread(loopsAfterChange), target: '≤ 2 ms', comparison: '', verdict: against(loopsAfterChange.median, 2) },
    { what: 'Open loops, asked again', measured: spread(loopsAgain), target: '≤ 2 ms', comparison: '', verdict: against(loopsAgain.median, 2) },
    { what: 'weekly draft, first after start', measured: spread(draftFirst), target: '≤ 10 ms', comparison: '', verdict: against(draftFirst.median, 10) },
    { what: 'weekly draft, drafted again', measured: spread(draftAgain), target: '≤ 10 ms', comparison: '', verdict: against(draftAgain.median, 10) },
    { what: 'full-text search index made from every archive (once)', measured: ms(indexBuilt), target: '(printed)', comparison: '', verdict: '' },
    { what: `full-text search, first after start (${String(hits)} hits)`, measured: spread(searchFirst), target: '≤ 50 ms', comparison: '', verdict: against(searchFirst.median, 50) },
    { what: 'full-text search, later', measured: spread(searchAgain), target: '≤ 50 ms', comparison: '', verdict: against(searchAgain.median, 50) },
    { what: 'postmortem library, first after start', measured: spread(libraryFirst), target: '≤ 20 ms', comparison: '', verdict: against(libraryFirst.median, 20) },
  ]);

  const renderer = await measureRenderer(copyOf(tenYears, 'renderer'), NOW, 7);
  printTable(`Renderer in Chromium, built app, 10-year journal (${String(renderer.rows)} rows in the DOM)`, [
    { what: 'Open loops first contentful paint', measured: spread(renderer.fcp), target: '≤ 300 ms', comparison: '', verdict: against(renderer.fcp.median, 300) },
    { what: 'Open loops list on screen', measured: spread(renderer.listShown), target: '(printed)', comparison: '', verdict: '' },
    { what: 'scroll, 1,000-item list: main-thread work a frame', measured: `${ms(renderer.scrollWork)} (mean)`, target: '< 16 ms', comparison: '', verdict: renderer.scrollWork < 16 ? 'met' : 'MISSED' },
    { what: '  time between frames (display-paced)', measured: `${spread(renderer.scrollFrame)}; p95 ${ms(renderer.scrollFrame.p95)}`, target: '(printed)', comparison: '', verdict: '' },
    { what: 'j on the list: main-thread work a press', measured: `${ms(renderer.keyWork)} (mean)`, target: '< 16 ms', comparison: '', verdict: renderer.keyWork < 16 ? 'met' : 'MISSED' },
    { what: '  key to next frame', measured: `${spread(renderer.keyFrame)}; p95 ${ms(renderer.keyFrame.p95)}`, target: '(printed)', comparison: '', verdict: '' },
    { what: 'JS heap after load (after GC)', measured: spread(renderer.heap, mb), target: '≤ 60 MB', comparison: '', verdict: against(renderer.heap.median / 1024 / 1024, 60) },
  ]);

  console.log(`\nExit code decided by the same-run ratios only: ${missed.length > 0 ? `MISSED ${missed.join('; ')} (exit 1)` : 'all met (exit 0)'}. Absolute figures are printed beside their targets.`);
  process.exitCode = missed.length > 0 ? 1 : 0;
} finally {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
}
