import type { BlockerView } from '../blockers/view.ts';
import { openSegmentOf } from '../blockers/clock.ts';
import { localDayOf } from '../checkin/days.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import type { JournalRecord, JournalStore } from '../store/port.ts';
import type { BackupInfo } from './backup-rules.ts';
import type { JournalBackups } from './backups-port.ts';
import type { ImportApplied, ImportCheck, ImportSummary } from './channels.ts';
import { planImport, labelOf, type ExistingRecord, type ImportPlan } from './import-plan.ts';
import type { JournalFile, ValidImport } from './journal-file.ts';
import { JOURNAL_FILE_FORMAT, JOURNAL_FILE_VERSION, MAX_REPLACED_LISTED } from './limits.ts';
import { readJournalFile } from './read-journal-file.ts';
import { reloadFromStore } from './reload.ts';

export interface TransferDeps {
  context: JournalContext;
  /** The one write the archives' door does not offer: many records at once, followed by a reload. */
  store: Pick<JournalStore, 'putMany'>;
  backups: JournalBackups | null;
  /** Open blockers with their clocks read now, so an export carries the time counted so far. */
  runningBlockers: () => BlockerView[];
}

export interface TransferCommands {
  /** The name the save dialog proposes for an export made now: `ownlog-journal-2026-11-24.json`. */
  exportFileName(): string;
  /** The whole journal as one file. */
  exportFile(): { text: string; records: number };
  /** Checks a file the user chose; when it is valid, holds it until it is applied or cancelled. */
  checkImport(text: string, fileName: string): ImportCheck;
  applyImport(token: string, replaceSettings: boolean): ImportApplied;
  cancelImport(token: string): void;
}

/** Export everything, and import a file only after checking all of it and backing up first. */
export function transferCommands({ context, store, backups, runningBlockers }: TransferDeps): TransferCommands {
  let staged: { token: string; fileName: string; file: ValidImport } | null = null;

  /** Every record the journal has, open and archived, with where it is. */
  function everyRecord(): Map<string, ExistingRecord> {
    const existing = new Map<string, ExistingRecord>();
    for (const month of context.archives.months()) {
      for (const record of context.archives.month(month).values()) existing.set(record.id, { record, month });
    }
    for (const record of context.live.values()) existing.set(record.id, { record, month: null });
    // Every month was read for this; the queries that need a month read it again.
    context.archives.forget();
    return existing;
  }

  function exportFile() {
    const now = context.clock.now();
    const counted = new Map(runningBlockers().map((view) => [view.blocker.id, view.elapsedMs]));
    const records = [...everyRecord().values()]
      .map(({ record }) => withTimeCounted(record, counted.get(record.id)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const file: JournalFile = { format: JOURNAL_FILE_FORMAT, version: JOURNAL_FILE_VERSION, exportedAt: toIso(now), settings: context.settings, records };
    return { text: `${JSON.stringify(file, null, 2)}\n`, records: records.length };
  }

  function checkImport(text: string, fileName: string): ImportCheck {
    staged = null;
    const reading = readJournalFile(text);
    if (!reading.ok) return { ok: false, fileName, problems: reading.problems, problemCount: reading.problemCount };
    const token = context.ids.next();
    staged = { token, fileName, file: reading.value };
    return { ok: true, summary: summaryOf(token, fileName, reading.value, planImport(reading.value, everyRecord(), context.settings)) };
  }

  function applyImport(token: string, replaceSettings: boolean): ImportApplied {
    assertWritable(context);
    const waiting = staged;
    if (waiting?.token !== token) throw new JournalError('not-found', 'That import is no longer waiting. Choose the file again to see what it would do.');
    if (!backups) throw new JournalError('storage', 'Ownlog has nowhere to back up your journal, so it does not import over it.');
    // Planned again against the journal as it is now: it may have changed while the summary was open.
    const plan = planImport(waiting.file, everyRecord(), context.settings);
    const settingsReplaced = replaceSettings && plan.settingsChanged.length > 0;
    const backup = backups.take('before-import');
    staged = null;
    try {
      const writes = [...plan.add, ...plan.replace.map(({ record }) => record)];
      if (writes.length > 0) store.putMany(writes, new Map(plan.replace.map(({ record, was }) => [record.id, was.month])));
      if (settingsReplaced) context.store.saveSettings(plan.settings);
    } catch (error) {
      throw putBack(backups, backup, error);
    }
    reloadFromStore(context);
    return { added: plan.add.length, replaced: plan.replace.length, same: plan.same, settingsReplaced, backup };
  }

  /** After a failed import: the journal's files as the backup taken just before hold them. */
  function putBack(from: JournalBackups, backup: BackupInfo, error: unknown): JournalError {
    const why = causeOf(error);
    try {
      from.restore(backup.id);
      reloadFromStore(context);
      return new JournalError('storage', `The import stopped part way: ${why}. Your journal was put back exactly as it was before, from the backup taken just before the import. Nothing was lost.`, { cause: error });
    } catch (restoreError) {
      try {
        reloadFromStore(context);
      } catch {
        /* what is on disk is shown at the next start */
      }
      return new JournalError(
        'storage',
        `The import stopped part way: ${why}. Ownlog could not put your journal back by itself (${causeOf(restoreError)}). Your journal as it was before the import is in the backup ${backup.id} in ${from.folder}: restore it from the list of backups once the problem is fixed.`,
        { cause: error },
      );
    }
  }

  return {
    exportFileName: () => `ownlog-journal-${localDayOf(context.clock.now(), context.clock.timeZone())}.json`,
    exportFile,
    checkImport,
    applyImport,
    cancelImport(token) {
      if (staged?.token === token) staged = null;
    },
  };
}

function summaryOf(token: string, fileName: string, file: ValidImport, plan: ImportPlan): ImportSummary {
  const added = new Map<string, number>();
  for (const record of plan.add) added.set(record.kind, (added.get(record.kind) ?? 0) + 1);
  return {
    token,
    fileName,
    exportedAt: file.exportedAt,
    records: file.records.length,
    added: [...added].map(([kind, count]) => ({ kind, count })),
    addedCount: plan.add.length,
    replacedCount: plan.replace.length,
    replaced: plan.replace.slice(0, MAX_REPLACED_LISTED).map(({ record, was }) => {
      const label = labelOf(was.record);
      const fileLabel = labelOf(record);
      return { id: was.record.id, kind: was.record.kind, label, fileLabel: fileLabel === label ? null : fileLabel, open: was.month === null };
    }),
    sameCount: plan.same,
    settingsChanged: plan.settingsChanged,
  };
}

/**
 * A running blocker's open segment as far as it has counted now: the record holds what was
 * counted when it was last written, the heartbeat file the rest, and an export has no
 * heartbeat file.
 */
function withTimeCounted(record: JournalRecord, elapsedMs: number | undefined): JournalRecord {
  if (record.kind !== 'blocker' || elapsedMs === undefined) return record;
  const open = openSegmentOf(record);
  if (!open) return record;
  const closed = record.segments.reduce((sum, segment) => sum + (segment.to === null ? 0 : segment.ms), 0);
  const counted = Math.max(open.ms, elapsedMs - closed);
  return { ...record, segments: [...record.segments.slice(0, -1), { ...open, ms: counted }] };
}

function causeOf(error: unknown): string {
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}
