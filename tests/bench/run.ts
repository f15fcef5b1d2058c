/**
 * npm run bench — the timing goals, measured, with their targets beside them.
 *
 * The machines are shared and noisy, so absolute figures are printed for people to read and
 * the exit code is decided only by ratios measured in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { openJournal } from '../../shared/journal.ts';
import { createConfJournalStore, writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { randomIds } from '../../shared/node/system-clock.ts';
import { aCommitment } from '../support/records.ts';
import { seedCommitments } from '../support/seed.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const NOW = '2026-11-24T14:30:00.000Z';
const OPEN = 25;
const HISTORY_SIZES = [1_000, 10_000, 100_000];
/** The partitioned layout must beat one naive file by this much once the journal is big. */
const TARGET_RATIO_AT_100K = 50;

interface Sample {
  p50: number;
  p95: number;
  min: number;
  max: number;
}

function summarise(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

function time(operation: () => void): number {
  const start = performance.now();
  operation();
  return performance.now() - start;
}

function newRecord(clock: VirtualClock, index: number): Commitment {
  const at = clock.now().toISOString();
  return aCommitment(`bench-${String(index).padStart(6, '0')}`, {
    title: 'Send the rollout plan',
    promisedTo: 'Priya',
    due: '2026-11-26T14:00:00.000Z',
    captured: 'Send the rollout plan to Priya by Thu 3pm',
    createdAt: at,
  });
}

/** Durable capture into the journal's own layout: parse, validate, atomic write of `live`. */
function measurePartitioned(records: Commitment[], iterations: number): { capture: Sample; write: Sample } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-bench-'));
  try {
    const clock = new VirtualClock(NOW);
    writeJournalFiles(confFiles(dir), records);
    const store = createConfJournalStore(confFiles(dir), clock);
    const journal = openJournal({ clock, ids: randomIds, store });
    const captures: number[] = [];
    const writes: number[] = [];
    for (let index = 0; index < iterations; index += 1) {
      captures.push(time(() => journal.capture({ line: 'Send rollout plan to Priya by Thu 3pm', takeOnAnyway: true })));
      const record = newRecord(clock, index);
      writes.push(time(() => store.putLive(record)));
    }
    return { capture: summarise(captures), write: summarise(writes) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The same record written to one file holding everything, the way a naive store would. */
function measureNaive(records: Commitment[], iterations: number): Sample {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-bench-naive-'));
  try {
    const clock = new VirtualClock(NOW);
    const file = new Conf<Record<string, unknown>>({ projectName: 'ownlog', cwd: dir, configName: 'everything', accessPropertiesByDotNotation: false });
    file.store = Object.fromEntries(records.map((record) => [record.id, record]));
    const writes: number[] = [];
    for (let index = 0; index < iterations; index += 1) {
      const record = newRecord(clock, index);
      writes.push(time(() => file.set(record.id, record)));
    }
    return summarise(writes);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const rows: string[][] = [];
let failed = false;
console.log(`Durable capture (command → atomic write on disk), ${OPEN} open commitments, Node ${process.version}, ${os.cpus().length} cores\n`);

for (const history of HISTORY_SIZES) {
  const records = seedCommitments({ now: new Date(NOW), closed: history, open: OPEN, years: 10 });
  const partitioned = measurePartitioned(records, 60);
  const naive = measureNaive(records, history >= 100_000 ? 8 : 30);
  const ratio = naive.p50 / partitioned.write.p50;
  const meetsTarget = history < 100_000 || ratio >= TARGET_RATIO_AT_100K;
  failed ||= !meetsTarget;
  rows.push([
    history.toLocaleString('en'),
    `${ms(partitioned.capture.p50)} / ${ms(partitioned.capture.p95)}`,
    `${ms(partitioned.write.p50)} / ${ms(partitioned.write.p95)}`,
    `${ms(naive.p50)} / ${ms(naive.p95)}`,
    `${ratio.toFixed(0)}×`,
    history >= 100_000 ? `≥ ${TARGET_RATIO_AT_100K}× ${meetsTarget ? 'met' : 'MISSED'}` : '(printed)',
  ]);
}

const header = ['closed in history', 'capture p50 / p95', 'live write p50 / p95', 'naive one-file p50 / p95', 'naive ÷ live', 'target'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log('\ncapture = journal.capture(line): parse, validate, write live.json atomically (fsync + rename).');
console.log('live write / naive = the same new record written to live.json vs to one file holding the whole journal.');
process.exitCode = failed ? 1 : 0;
