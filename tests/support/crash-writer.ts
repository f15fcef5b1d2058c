/**
 * A process that writes to a journal as fast as it can until it is killed: captures, edits,
 * closes (a move to the archive), reopens (a move back) and settings, chosen at random from
 * a seed. Before each write it prints `{"begin": op}`, after it `{"ack": op}` — one JSON line
 * each, to a pipe, which Node writes synchronously on Linux: a line the parent read was
 * printed after the write had returned. The crash loop (crash-loop.ts) kills it with SIGKILL
 * at random points and checks the files.
 *
 *   node crash-writer.js <journal dir> <model file> <seed>
 */
import fs from 'node:fs';
import { call } from './call.ts';
import { type CrashModel, type CrashOp } from './crash-model.ts';
import { openJournalAt } from './journal-dir.ts';
import { seededRandom } from './seed.ts';
import { HOUR, VirtualClock } from './virtual-clock.ts';

const [dir, modelFile, seed] = process.argv.slice(2);
if (dir === undefined || modelFile === undefined || seed === undefined) {
  process.stderr.write('usage: crash-writer <dir> <model file> <seed>\n');
  process.exit(2);
}
const model = JSON.parse(fs.readFileSync(modelFile, 'utf8')) as CrashModel;
const random = seededRandom(Number(seed));
const clock = new VirtualClock(model.now, 'UTC');
const journal = openJournalAt(dir, clock);

const open = Object.entries(model.records).filter(([, record]) => record.month === null).map(([id]) => id);
const archived = Object.entries(model.records).flatMap(([id, record]) => (record.month === null ? [] : [{ id, month: record.month }]));
let count = model.writes;

function pick<T>(items: T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** The next write; `month` is the archive a close now would move to. */
function nextOp(month: string): CrashOp {
  count += 1;
  const roll = random();
  const id = pick(open);
  const back = pick(archived);
  if (roll < 0.25 && back) return { kind: 'reopen', id: back.id, month: back.month };
  if (roll < 0.45 && id !== undefined) return { kind: 'edit', id, notes: `Edited at write ${String(count)}` };
  if (roll < 0.65 && id !== undefined) return { kind: 'close', id, month };
  if (roll < 0.75) return { kind: 'settings', dueSoonHours: 1 + (count % 300) };
  return { kind: 'capture', title: `Promise number ${String(count)}` };
}

function print(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Does one write; answers the op as acknowledged (a capture learns its id). */
function perform(op: CrashOp): CrashOp {
  switch (op.kind) {
    case 'capture': {
      const { id } = journal.capture(op.title);
      open.push(id);
      return { ...op, id };
    }
    case 'edit':
      call(journal, 'ownlog:commitment-edit', { id: op.id, changes: { notes: op.notes } });
      return op;
    case 'close':
      journal.closeAsDone(op.id);
      open.splice(open.indexOf(op.id), 1);
      archived.push({ id: op.id, month: op.month });
      return op;
    case 'reopen':
      call(journal, 'ownlog:commitment-reopen', { id: op.id, month: op.month });
      archived.splice(archived.findIndex((record) => record.id === op.id), 1);
      open.push(op.id);
      return op;
    case 'settings':
      call(journal, 'ownlog:settings-save', { changes: { dueSoonHours: op.dueSoonHours } });
      return op;
  }
}

for (;;) {
  // Every write a little later, so closes fall into several months' archives.
  clock.advance(7 * HOUR);
  const at = clock.now().toISOString();
  const op = nextOp(at.slice(0, 7));
  print({ begin: op, at });
  print({ ack: perform(op), at });
}
