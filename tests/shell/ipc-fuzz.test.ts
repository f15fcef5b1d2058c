/**
 * Property-based fuzzing of every IPC channel, through the main process's own handlers (the
 * path a compromised page would take): for each channel, a valid request is generated from its
 * schema (zocker), then broken in one way at a time — not an object at all, an extra field
 * (prototype-pollution keys among them), a required field missing, a field of the wrong type,
 * a huge string, NaN/Infinity, a far-future or impossible date. Every one must come back as
 * an `invalid-request` with a message a person can read, and the journal's files must not
 * change by one byte.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zocker } from 'zocker';
import type { z } from 'zod';
import { fake, ipcMain } from './fake-electron.ts';
import { initIpc } from '../../electron/ipc.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { contract, type Channel } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import type { Journal } from '../../shared/journal.ts';
import { routerFor } from '../support/journal-router.ts';
import { makeJournalDir, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { HOUR, VirtualClock } from '../support/virtual-clock.ts';

const RUNS_PER_CHANNEL = 100;
const appFrame = { url: 'app://ownlog/index.html#/', parent: null };

/** Requests whose rules (a refinement across fields) a schema-driven generator cannot meet. */
const HAND_WRITTEN: Partial<Record<Channel, unknown>> = {
  'ownlog:export-save': { content: { kind: 'markdown', title: 'Week 48', text: 'Shipped the rollout.' }, format: 'markdown', fileName: 'week-48.md' },
  'ownlog:git-sources-save': { repositories: ['/home/sam/code/app'], authorEmail: 'sam@example.com' },
  // The changes are checked with the rest of the settings by the journal (the schema says only "a record").
  'ownlog:settings-save': { changes: { checkInTime: '10:15', notifications: DEFAULT_SETTINGS.notifications } },
};

/** A request the channel accepts, from its own schema; tries a few seeds for refinements. */
function validRequest(channel: Channel): unknown {
  const schema: z.ZodType = contract[channel].request;
  const written = HAND_WRITTEN[channel];
  if (written !== undefined) return written;
  for (let seed = 1; seed <= 200; seed += 1) {
    try {
      // Through JSON, as the page would send it: no keys present but undefined.
      const candidate: unknown = JSON.parse(JSON.stringify(zocker(schema).setSeed(seed).generate()));
      if (schema.safeParse(candidate).success) return candidate;
    } catch {
      // zocker gives up on some seeds of a refined schema; the next one may do.
    }
  }
  throw new Error(`No valid request could be generated for ${channel}; write one in HAND_WRITTEN.`);
}

type Path = (string | number)[];
type Json = unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path in a value, with the value there (the root is the empty path). */
function pathsOf(value: Json, at: Path = []): { path: Path; value: Json }[] {
  const here = { path: at, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (isPlainObject(value)) return [here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return [here];
}

/** A deep copy of `value` with the thing at `path` replaced (or, for `undefined` in an object, removed). */
function withAt(value: Json, path: Path, replace: (old: Json) => Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return replace(value);
  if (Array.isArray(value)) return (value as unknown[]).map((item, index) => (index === head ? withAt(item, rest, replace) : item));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== head) {
      copy[key] = item;
      continue;
    }
    const next = withAt(item, rest, replace);
    if (next !== undefined) copy[key] = next;
  }
  return copy;
}

/** Adds an own property, even `__proto__`, the way JSON.parse and structured clone make one. */
function withOwnKey(value: Record<string, unknown>, key: string, extra: unknown): Record<string, unknown> {
  const copy = { ...value };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The fields of the object schema a value matched (through unions), that must be there. */
function requiredKeys(schema: z.ZodType, value: Json): string[] {
  const def = (schema as unknown as { def: { type: string; options?: z.ZodType[]; shape?: Record<string, z.ZodType> } }).def;
  if (def.options) {
    const matched = def.options.find((option) => option.safeParse(value).success);
    return matched ? requiredKeys(matched, value) : [];
  }
  if (!def.shape || !isPlainObject(value)) return [];
  return Object.entries(def.shape)
    .filter(([key, field]) => key in value && !field.safeParse(undefined).success)
    .map(([key]) => key);
}

const HUGE = 'x'.repeat(1_100_000);
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Beyond any instant a request may carry: years past 9999, a Date object, an impossible Date. */
const FAR_FUTURE = fc.constantFrom<unknown>(
  '+275760-09-13T00:00:00.000Z',
  '275760-09-13T00:00:00.000Z',
  '10000-01-01T00:00:00.000Z',
  new Date(8.64e15),
  new Date(Number.NaN),
  8.64e15,
);
const NUMBERS = fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.5, 2 ** 53 + 1);

/** A value of another kind than `old`: never null or absent, which an optional field may take. */
function otherKind(old: Json): fc.Arbitrary<unknown> {
  if (typeof old === 'string') return fc.oneof(NUMBERS, fc.constant(true), fc.constant([]), fc.constant({ value: 1 }), fc.constant(new Date(8.64e15)));
  if (typeof old === 'number') return fc.oneof(NUMBERS, fc.constant(String(old)), fc.constant(false), fc.constant([old]));
  if (typeof old === 'boolean') return fc.constantFrom<unknown>(String(old), Number(old), [old]);
  if (Array.isArray(old)) return fc.constantFrom<unknown>('[]', { length: 0 }, 0, HUGE);
  return fc.constantFrom<unknown>('{}', [old], 0, true);
}

/** Requests of `channel` broken in one way each, with a label saying how. */
function malformed(channel: Channel): fc.Arbitrary<{ how: string; payload: unknown }> {
  const schema: z.ZodType = contract[channel].request;
  const valid = validRequest(channel);
  const paths = pathsOf(valid);
  const leaves = paths.filter(({ value }) => !isPlainObject(value) && !Array.isArray(value) && value !== null);
  const objects = paths.filter(({ value }) => isPlainObject(value));
  const strings = leaves.filter(({ value }) => typeof value === 'string');
  const instants = strings.filter(({ value }) => /^\d{4}-\d{2}-\d{2}T/.test(value as string));
  const required = requiredKeys(schema, valid);
  // Printed short when a case fails: a megabyte of "x" says nothing.
  const label = (how: string) => (payload: unknown) => ({ how, payload, [fc.toStringMethod]: () => `${how}: ${fc.stringify(payload).slice(0, 400)}` });

  const ways: fc.Arbitrary<{ how: string; payload: unknown }>[] = [
    fc.oneof(fc.constant(HUGE), NUMBERS, FAR_FUTURE, fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.string()).map(label('not an object')),
    fc
      .tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ minLength: 1 }).map((key) => `extra-${key}`)), fc.oneof(fc.constant({ polluted: true }), fc.anything()))
      .map(([{ path }, key, extra]) => withAt(valid, path, (old) => withOwnKey(old as Record<string, unknown>, key, extra)))
      .map(label('an extra field')),
  ];
  if (required.length > 0) {
    ways.push(fc.constantFrom(...required).map((key) => withAt(valid, [key], () => undefined)).map(label('a required field missing')));
  }
  if (leaves.length > 0) {
    ways.push(fc.constantFrom(...leaves).chain(({ path, value }) => otherKind(value).map((other) => withAt(valid, path, () => other))).map(label('a field of the wrong kind')));
  }
  if (strings.length > 0) {
    ways.push(fc.constantFrom(...strings).map(({ path }) => withAt(valid, path, () => HUGE)).map(label('a huge string')));
  }
  if (instants.length > 0) {
    ways.push(fc.tuple(fc.constantFrom(...instants), FAR_FUTURE).map(([{ path }, date]) => withAt(valid, path, () => date)).map(label('a far-future date')));
  }
  return fc.oneof(...ways);
}

let folder: ReturnType<typeof makeJournalDir>;
let journal: Journal;
const figures = { tried: 0, accepted: 0 };

beforeAll(() => {
  fake.reset();
  folder = makeJournalDir('fuzz');
  const clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
  // Something of every kind of file: open records, an archive, settings, a running blocker.
  journal.capture('Send rollout plan to Priya by Thu 3pm');
  const closing = journal.capture('Fix the flaky login test');
  clock.advance(HOUR);
  journal.closeAsDone(closing.id);
  initIpc({ ipcMain, router: routerFor(journal), journal, broadcast: () => undefined });
});

afterAll(() => {
  console.log(`IPC fuzzing: ${String(figures.tried)} malformed payloads tried over ${String(Object.keys(contract).length)} channels, ${String(figures.accepted)} accepted`);
  folder.remove();
});

async function send(channel: Channel, payload: unknown): Promise<IpcResult<unknown>> {
  const handler = fake.ipcHandler(channel);
  if (!handler) throw new Error(`${channel} is not bound`);
  // What crosses from the page is a structured clone: Dates stay Dates, own __proto__ keys stay keys.
  return (await handler({ senderFrame: appFrame }, structuredClone(payload))) as IpcResult<unknown>;
}

describe('every IPC channel, sent malformed requests', () => {
  it.each(Object.keys(contract) as Channel[])('%s refuses each with a clear message and changes no file', async (channel) => {
    const before = snapshotFiles(folder.dir);
    // The generated valid request passes validation, so the broken ones test the rules, not the generator.
    const control = await send(channel, validRequest(channel));
    expect(control.ok || control.error.code !== 'invalid-request').toBe(true);
    const afterControl = snapshotFiles(folder.dir);

    await fc.assert(
      fc.asyncProperty(malformed(channel), async ({ payload }) => {
        figures.tried += 1;
        const result = await send(channel, payload);
        if (result.ok) figures.accepted += 1;
        expect(result.ok).toBe(false);
        if (result.ok) return;
        // Refused by the router's check of the contract, or (settings) by the journal's own.
        expect(['invalid-request', 'invalid']).toContain(result.error.code);
        expect(result.error.message).toMatch(/^\S.{2,300}$/su);
        if (result.error.code === 'invalid-request') expect(result.error.issues.length).toBeGreaterThan(0);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        expect(snapshotFiles(folder.dir)).toEqual(afterControl);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    // Nothing but the valid control request may have written, and only through the journal.
    if (!control.ok) expect(afterControl).toEqual(before);
  });
});

describe('a __proto__ key', () => {
  it('is refused even where any key is allowed (a record), and the settings stay as they were', async () => {
    const before = snapshotFiles(folder.dir);
    // Once found by the fuzzing above: zod copied the key into the parsed record, where it set its prototype.
    const payload = JSON.parse('{"changes": {"bragAssignments": {"__proto__": []}}}') as unknown;
    expect(await send('ownlog:settings-save', payload)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'A request may not hold a field called __proto__.', issues: [{ path: ['changes', 'bragAssignments'] }] } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
  });
});
