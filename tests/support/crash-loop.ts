/**
 * The crash loop: starts the crash writer on a journal, kills it with SIGKILL at a random
 * point, opens the journal as the app would, and checks the files — every write the writer
 * acknowledged is there, no record is in two places or twice, no file is unreadable — then
 * starts the writer again on the same files. Used by the crash-safety test (a short run) and
 * `npm run soak` (a long one).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { isOpenFile } from '../../shared/store/layout.ts';
import { applied, emptyModel, type CrashModel, type CrashOp, type ModelRecord } from './crash-model.ts';
import { openJournalAt } from './journal-dir.ts';
import { seededRandom } from './seed.ts';
import { VirtualClock } from './virtual-clock.ts';

export interface CrashFigures {
  kills: number;
  /** Writes the writer said were done before it was killed. */
  acknowledged: number;
  /** Of those, the ones found on disk afterwards (or overwritten by a later write, as asked). */
  found: number;
  /** Writes under way at a kill that turned out done / not done: both are fine. */
  inFlightDone: number;
  inFlightNotDone: number;
}

export interface CrashLoopOptions {
  dir: string;
  /** At least this many kills… */
  kills: number;
  /** …and at least this many acknowledged writes. */
  writes: number;
  /** A run is killed at a random write up to this one. */
  maxWritesPerRun: number;
  seed: number;
  /** Called after each kill has been checked. */
  progress?: (figures: CrashFigures) => void;
}

/** The writer as one plain JavaScript file: a TypeScript start takes seconds, this a fraction. */
async function bundleWriter(): Promise<{ file: string; remove(): void }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-crash-writer-'));
  const file = path.join(folder, 'crash-writer.mjs');
  await build({
    entryPoints: [new URL('./crash-writer.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: file,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return { file, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

interface Line {
  begin?: CrashOp;
  ack?: CrashOp;
  at: string;
}

/**
 * Runs the writer until it has begun `killAt` writes (and `delayMs` more), then kills it;
 * `killAt` 0 kills it `delayMs` after its start, while it loads (and finishes moves a crash
 * interrupted) or before.
 */
function runUntilKilled(writer: string, dir: string, modelFile: string, seed: number, killAt: number, delayMs: number): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, modelFile, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let begun = 0;
    let killed = false;
    if (killAt === 0) {
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (killed) return;
      begun += chunk.split('\n').filter((line) => line.startsWith('{"begin"')).length;
      if (begun < killAt) return;
      killed = true;
      if (delayMs === 0) child.kill('SIGKILL');
      else setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`The crash writer stopped by itself (exit ${String(code)}): ${err}`));
        return;
      }
      // The last line may be cut off by the kill; a line is acknowledged only when whole.
      const lines = out.split('\n').filter((line) => line.endsWith('}'));
      resolve(lines.map((line) => JSON.parse(line) as Line));
    });
  });
}

interface Found extends ModelRecord {
  status: string;
}

/** Every commitment on disk, by id, with each place it is in; and the saved settings. */
function readDisk(dir: string): { places: Map<string, Found[]>; dueSoonHours: number; pending: number } {
  const places = new Map<string, Found[]>();
  const add = (id: string, record: { title: string; notes: string; status: string }, month: string | null) => {
    places.set(id, [...(places.get(id) ?? []), { title: record.title, notes: record.notes, status: record.status, month }]);
  };
  let dueSoonHours = Number.NaN;
  let pending = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    let content: unknown;
    try {
      content = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${name} cannot be read after a crash: ${String(error)}`, { cause: error });
    }
    const month = /^archive-(\d{4}-\d{2})\.json$/.exec(name)?.[1];
    if (name === 'live.json') {
      const live = content as { records: Record<string, { title: string; notes: string; status: string }>; pending: object };
      for (const [id, record] of Object.entries(live.records)) add(id, record, null);
      pending = Object.keys(live.pending).length;
    } else if (isOpenFile(name.slice(0, -'.json'.length))) {
      for (const [id, record] of Object.entries(content as Record<string, { title: string; notes: string; status: string }>)) add(id, record, null);
    } else if (month !== undefined) {
      for (const [id, record] of Object.entries(content as Record<string, { title: string; notes: string; status: string }>)) add(id, record, month);
    } else if (name === 'settings.json') {
      dueSoonHours = (content as { dueSoonHours: number }).dueSoonHours;
    }
  }
  return { places, dueSoonHours, pending };
}

function same(found: Found, expected: ModelRecord): boolean {
  const status = expected.month === null ? 'open' : 'done';
  return found.title === expected.title && found.notes === expected.notes && found.month === expected.month && found.status === status;
}

function targetOf(op: CrashOp): string {
  return op.kind === 'settings' ? 'settings' : op.kind === 'capture' ? (op.id ?? op.title) : op.id;
}

/**
 * Opens the journal as the app would after the crash, then checks the files against the model:
 * answers the model as found (a write under way at the kill may or may not be done) and how
 * many acknowledged writes of this run are there.
 */
function check(dir: string, model: CrashModel, acks: CrashOp[], inFlight: CrashOp | null, figures: CrashFigures): CrashModel {
  const journal = openJournalAt(dir, new VirtualClock(model.now, 'UTC'));
  if (journal.notices().length > 0) throw new Error(`The journal reported problems after a crash: ${JSON.stringify(journal.notices())}`);
  const disk = readDisk(dir);
  if (disk.pending > 0) throw new Error('A move to or from the archive was left unfinished after loading.');

  const after = inFlight ? (inFlight.kind === 'capture' ? null : applied(model, inFlight)) : null;
  let next = model;
  let landed = false;
  for (const [id, found] of disk.places) {
    if (found.length !== 1) throw new Error(`${id} is in ${String(found.length)} places: ${JSON.stringify(found)}`);
  }
  const titles = [...disk.places.values()].map(([found]) => found?.title);
  if (new Set(titles).size !== titles.length) throw new Error('A commitment was written twice under two ids.');

  for (const [id, expected] of Object.entries(model.records)) {
    const [found] = disk.places.get(id) ?? [];
    if (!found) throw new Error(`Acknowledged commitment ${id} (${expected.title}) is gone after a crash.`);
    if (same(found, expected)) continue;
    const done = after?.records[id];
    if (after && done && same(found, done)) {
      next = after;
      landed = true;
      continue;
    }
    throw new Error(`${id} should be ${JSON.stringify(expected)} after a crash, found ${JSON.stringify(found)}.`);
  }
  for (const [id, [found]] of disk.places) {
    if (id in model.records || !found) continue;
    if (inFlight?.kind === 'capture' && found.title === inFlight.title && found.month === null) {
      next = applied(next, { ...inFlight, id });
      landed = true;
      continue;
    }
    throw new Error(`${id} (${found.title}) was never written by the writer.`);
  }
  if (disk.dueSoonHours !== model.dueSoonHours) {
    if (inFlight?.kind !== 'settings' || disk.dueSoonHours !== inFlight.dueSoonHours) {
      throw new Error(`The settings say ${String(disk.dueSoonHours)}, the last acknowledged save ${String(model.dueSoonHours)}.`);
    }
    next = applied(next, inFlight);
    landed = true;
  }
  if (inFlight) {
    if (landed) figures.inFlightDone += 1;
    else figures.inFlightNotDone += 1;
  }

  // Each acknowledged write of the run is on disk, unless a later write of the run changed the same thing.
  for (const [index, op] of acks.entries()) {
    figures.acknowledged += 1;
    const later = [...acks.slice(index + 1), ...(inFlight ? [inFlight] : [])].some((other) => targetOf(other) === targetOf(op));
    if (later || writeIsOnDisk(op, disk)) figures.found += 1;
  }
  return next;
}

function writeIsOnDisk(op: CrashOp, disk: ReturnType<typeof readDisk>): boolean {
  if (op.kind === 'settings') return disk.dueSoonHours === op.dueSoonHours;
  const [found] = disk.places.get(op.kind === 'capture' ? (op.id ?? '') : op.id) ?? [];
  if (!found) return false;
  switch (op.kind) {
    case 'capture':
      return found.title === op.title;
    case 'edit':
      return found.notes === op.notes;
    case 'close':
      return found.month === op.month && found.status === 'done';
    case 'reopen':
      return found.month === null && found.status === 'open';
  }
}

export async function crashLoop(options: CrashLoopOptions): Promise<CrashFigures> {
  const writer = await bundleWriter();
  const random = seededRandom(options.seed);
  const figures: CrashFigures = { kills: 0, acknowledged: 0, found: 0, inFlightDone: 0, inFlightNotDone: 0 };
  let model = emptyModel('2026-01-05T09:00:00.000Z');
  const modelFile = path.join(path.dirname(writer.file), 'model.json');
  try {
    while (figures.kills < options.kills || figures.acknowledged < options.writes) {
      fs.writeFileSync(modelFile, JSON.stringify(model));
      const duringStart = random() < 0.1;
      const killAt = duringStart ? 0 : 1 + Math.floor(random() * options.maxWritesPerRun);
      const delayMs = duringStart ? 30 + Math.floor(random() * 300) : random() < 0.5 ? 0 : Math.floor(random() * 4);
      const lines = await runUntilKilled(writer.file, options.dir, modelFile, Math.floor(random() * 2 ** 31), killAt, delayMs);
      figures.kills += 1;

      let acked = model;
      const acks: CrashOp[] = [];
      let inFlight: CrashOp | null = null;
      for (const line of lines) {
        if (line.begin) inFlight = line.begin;
        if (line.ack) {
          acked = applied(acked, line.ack);
          acks.push(line.ack);
          inFlight = null;
        }
      }
      const begun = lines.filter((line) => line.begin).length;
      const last = lines.at(-1);
      model = check(options.dir, { ...acked, writes: model.writes + begun, now: last?.at ?? model.now }, acks, inFlight, figures);
      options.progress?.(figures);
    }
  } finally {
    writer.remove();
  }
  return figures;
}
