import { Settings } from '../domain/settings.ts';
import type { MonthKey } from '../store/layout.ts';
import type { JournalRecord } from '../store/port.ts';
import type { ImportedSettings, ValidImport } from './journal-file.ts';

/** A record already in the journal, and where: `live` (null) or the archive of a month. */
export interface ExistingRecord {
  record: JournalRecord;
  month: MonthKey | null;
}

export interface ImportPlan {
  /** Records whose id the journal does not have. */
  add: JournalRecord[];
  /** Records the journal has in another version: the file's replaces it. */
  replace: { record: JournalRecord; was: ExistingRecord }[];
  /** Records the journal already has exactly as the file has them: nothing to write. */
  same: number;
  /** The settings after the import, when the user lets the file's replace theirs. */
  settings: Settings;
  /** Which of the user's settings the file's would change. */
  settingsChanged: (keyof Settings)[];
}

/**
 * What importing `file` into a journal that has `existing` would do. Records the file does
 * not have stay as they are; settings the file does not have keep their values.
 */
export function planImport(file: ValidImport, existing: ReadonlyMap<string, ExistingRecord>, current: Settings): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [], same: 0, settings: current, settingsChanged: [] };
  for (const record of file.records) {
    const was = existing.get(record.id);
    if (!was) plan.add.push(record);
    else if (sameJson(was.record, record)) plan.same += 1;
    else plan.replace.push({ record, was });
  }
  const changed = changedSettings(file.settings, current);
  const given = Object.fromEntries(Object.entries(file.settings).filter(([, value]) => value !== undefined));
  return { ...plan, settings: Settings.parse({ ...current, ...given }), settingsChanged: changed };
}

function changedSettings(imported: ImportedSettings, current: Settings): (keyof Settings)[] {
  const changed: (keyof Settings)[] = [];
  for (const key of Settings.keyof().options) {
    if (imported[key] !== undefined && !sameJson(imported[key], current[key])) changed.push(key);
  }
  return changed;
}

/** What names a record, whatever its kind: the fields `labelOf` looks for. */
interface Labelled {
  id: string;
  title?: unknown;
  what?: unknown;
  day?: unknown;
}

/** A record's name as a person knows it: its title, what it is about, or its day. */
export function labelOf(record: Labelled): string {
  if (typeof record.title === 'string') return record.title;
  if (typeof record.what === 'string') return record.what;
  if (typeof record.day === 'string') return `Check-in of ${record.day}`;
  return record.id;
}

/** Equal as JSON, whatever order the keys were written in. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
