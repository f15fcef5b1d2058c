/** What the crash loop expects of a journal: every write the writer acknowledged. */

/** A commitment as the crash writer leaves it; `month` is its archive, null while open. */
export interface ModelRecord {
  title: string;
  notes: string;
  month: string | null;
}

export interface CrashModel {
  /** The writer's clock: each run goes on from where the last one was killed. */
  now: string;
  /** Writes started so far, over every run: numbers the next capture's title. */
  writes: number;
  records: Record<string, ModelRecord>;
  dueSoonHours: number;
}

export type CrashOp =
  | { kind: 'capture'; title: string; id?: string }
  | { kind: 'edit'; id: string; notes: string }
  | { kind: 'close'; id: string; month: string }
  | { kind: 'reopen'; id: string; month: string }
  | { kind: 'settings'; dueSoonHours: number };

export function emptyModel(now: string): CrashModel {
  return { now, writes: 0, records: {}, dueSoonHours: 24 };
}

/** The model after a write (a copy; a capture needs its id). */
export function applied(model: CrashModel, op: CrashOp): CrashModel {
  const records = { ...model.records };
  switch (op.kind) {
    case 'capture':
      if (op.id === undefined) throw new Error('A capture is acknowledged with its id.');
      records[op.id] = { title: op.title, notes: '', month: null };
      break;
    case 'edit':
    case 'close':
    case 'reopen': {
      const record = records[op.id];
      if (!record) throw new Error(`The writer changed ${op.id}, which it never captured.`);
      if (op.kind === 'edit') records[op.id] = { ...record, notes: op.notes };
      else records[op.id] = { ...record, month: op.kind === 'close' ? op.month : null };
      break;
    }
    case 'settings':
      return { ...model, dueSoonHours: op.dueSoonHours };
  }
  return { ...model, records };
}
