import type { z } from 'zod';
import { JournalRecord } from '../store/port.ts';
import { formatPath, findJsonSyntaxError } from './json-syntax.ts';
import { ImportedSettings, ImportEnvelope, type ValidImport } from './journal-file.ts';
import { JOURNAL_FILE_FORMAT, JOURNAL_FILE_VERSION, MAX_IMPORT_BYTES, MAX_PROBLEMS_LISTED, MAX_STRING_CHARS, megabytes } from './limits.ts';

/** One thing wrong with a file: where in it (empty for the whole file) and why. */
export interface ImportProblem {
  path: string;
  message: string;
}

export type JournalFileReading =
  | { ok: true; value: ValidImport }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

/**
 * Reads an exported journal and checks all of it before anything is touched: JSON, what the
 * file says it is, its version, the settings, every record through the `JournalRecord`
 * schema, ids used twice and strings longer than any field. Every problem is found; the first
 * `MAX_PROBLEMS_LISTED` are listed with their path in the file.
 */
export function readJournalFile(input: string): JournalFileReading {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_IMPORT_BYTES) return refuse('', `The file is larger than ${megabytes(MAX_IMPORT_BYTES)}, more than any journal Ownlog writes.`);
  if (text.trim() === '') return refuse('', 'The file is empty.');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (!found) return refuse('', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
    const where = `line ${found.line}, column ${found.column}`;
    return refuse(found.path === '' ? where : `${found.path} (${where})`, `The file is not valid JSON: ${found.reason}.`);
  }

  if (!isPlainObject(raw)) return refuse('', `This is not an Ownlog journal export: it holds ${kindOfValue(raw)}, not an object with "format": "${JOURNAL_FILE_FORMAT}".`);
  const format = raw.format;
  if (format !== JOURNAL_FILE_FORMAT) {
    return refuse('format', format === undefined ? `missing — this is not an Ownlog journal export (those say "format": "${JOURNAL_FILE_FORMAT}").` : `${shown(format)} — this is not an Ownlog journal export (those say "${JOURNAL_FILE_FORMAT}").`);
  }
  const versionProblem = checkVersion(raw.version);
  if (versionProblem !== null) return refuse('version', versionProblem);

  const problems = new Problems();
  problems.addLongStrings(raw);
  problems.addIssues([], ImportEnvelope.safeParse(raw), raw);
  const settings = isPlainObject(raw.settings) ? ImportedSettings.safeParse(raw.settings) : null;
  if (settings) problems.addIssues(['settings'], settings, raw.settings);

  const records: JournalRecord[] = [];
  const firstIndexOf = new Map<string, number>();
  const rawRecords: unknown[] = Array.isArray(raw.records) ? raw.records : [];
  rawRecords.forEach((value, index) => {
    const record = JournalRecord.safeParse(value);
    problems.addIssues(['records', index], record, value);
    // Ids are compared whether or not the rest of the record is valid: both are reported.
    const id = isPlainObject(value) && typeof value.id === 'string' ? value.id : null;
    const first = id === null ? undefined : firstIndexOf.get(id);
    if (id !== null && first !== undefined) {
      problems.add(['records', index, 'id'], `"${id}" is also the id of records[${first}]: each record is in the file once.`);
      return;
    }
    if (id !== null) firstIndexOf.set(id, index);
    if (record.success) records.push(record.data);
  });

  if (problems.count > 0 || !settings?.success || typeof raw.exportedAt !== 'string') {
    return { ok: false, problems: problems.listed(), problemCount: Math.max(problems.count, 1) };
  }
  return { ok: true, value: { exportedAt: raw.exportedAt, settings: settings.data, records } };
}

function refuse(path: string, message: string): JournalFileReading {
  return { ok: false, problems: [{ path, message }], problemCount: 1 };
}

function checkVersion(version: unknown): string | null {
  if (version === undefined) return 'missing — Ownlog cannot tell how to read this file.';
  if (typeof version !== 'number' || !Number.isInteger(version)) return `should be a whole number, not ${kindOfValue(version)}.`;
  if (version > JOURNAL_FILE_VERSION) {
    return `${version} — this file was exported by a newer version of Ownlog (this one reads version ${JOURNAL_FILE_VERSION}). Update Ownlog to import it.`;
  }
  if (version !== JOURNAL_FILE_VERSION) return `${version} is not a version Ownlog ever wrote (this one reads version ${JOURNAL_FILE_VERSION}).`;
  return null;
}

/** The problems found, each path once (a string too long for any field is not also too long for its own). */
class Problems {
  readonly #byPath = new Map<string, string>();

  get count(): number {
    return this.#byPath.size;
  }

  add(path: readonly (string | number)[], message: string): void {
    const key = formatPath(path);
    if (!this.#byPath.has(key)) this.#byPath.set(key, message);
  }

  addIssues(prefix: readonly (string | number)[], result: z.ZodSafeParseResult<unknown>, value: unknown): void {
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) this.add([...prefix, ...path, key], unknownKey(key));
      } else {
        this.add([...prefix, ...path], reasonOf(issue, valueAt(value, path)));
      }
    }
  }

  /** Strings longer than any field, anywhere — in fields no schema reads too. */
  addLongStrings(root: unknown): void {
    const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { value, path } = item;
      if (typeof value === 'string' && value.length > MAX_STRING_CHARS) {
        this.add(path, `too long: ${value.length.toLocaleString('en')} characters, and no field of a journal holds more than ${MAX_STRING_CHARS.toLocaleString('en')}.`);
      } else if (Array.isArray(value)) {
        value.forEach((child: unknown, index) => stack.push({ value: child, path: [...path, index] }));
      } else if (isPlainObject(value)) {
        for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
      }
    }
  }

  listed(): ImportProblem[] {
    return [...this.#byPath].slice(0, MAX_PROBLEMS_LISTED).map(([path, message]) => ({ path, message }));
  }
}

function unknownKey(key: string): string {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return `"${key}" is not allowed as a name in a journal file.`;
  return 'not a field Ownlog knows.';
}

/** Why a value was refused, in the user's terms rather than zod's. */
function reasonOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing.' : `should be ${article(issue.expected)}, not ${kindOfValue(value)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `too long: ${String(typeof value === 'string' ? value.length : '?')} characters, at most ${String(issue.maximum)}.`;
      if (issue.origin === 'array') return `too many items: at most ${String(issue.maximum)}.`;
      return `too large: at most ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'empty.' : `too short: at least ${String(issue.minimum)} characters.`;
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'}.`;
      return `too small: at least ${String(issue.minimum)}.`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `${shown(value)} is not a date-time like 2026-11-24T14:30:00.000Z (UTC, with milliseconds).`;
      return issue.message.startsWith('Invalid') ? `${shown(value)} is not in the form this field takes.` : `${shown(value)}: ${issue.message}`;
    case 'invalid_value':
      return `${shown(value)} is not one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}.`;
    case 'invalid_union': {
      if (issue.discriminator === undefined) return `${shown(value)} does not match any form this field takes.`;
      if (value === undefined) return `missing — every record says what ${issue.discriminator} it is.`;
      const known = ('options' in issue ? (issue.options ?? []) : []).map(String).join(', ');
      return `${shown(value)} is not a ${issue.discriminator} this version of Ownlog knows (it knows ${known}). A newer Ownlog may have written it.`;
    }
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isPlainObject(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${shown(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function shown(value: unknown): string {
  // JSON.stringify gives undefined (not a string) for undefined.
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function article(expected: string): string {
  if (expected === 'object' || expected === 'record') return 'an object';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
