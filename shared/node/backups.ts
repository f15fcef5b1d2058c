import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_KINDS, isBackedUpFile, type BackupInfo, type BackupKind } from '../data/backup-rules.ts';
import type { JournalBackups } from '../data/backups-port.ts';
import { IsoInstant, toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { Clock } from '../ports.ts';
import { FILES, LAYOUT_VERSION } from '../store/layout.ts';

/** Written last into a backup's folder: what it holds, so a copy cut short is never taken for a backup. */
const MANIFEST = 'backup.json';

const Manifest = z.strictObject({
  format: z.literal('ownlog-backup'),
  kind: z.enum(BACKUP_KINDS),
  takenAt: IsoInstant,
  layoutVersion: z.number().int().positive(),
  files: z.record(z.string(), z.strictObject({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
type Manifest = z.infer<typeof Manifest>;

/** A backup's folder name: letters, digits and dashes, so an id from the page never names a path. */
export const BACKUP_ID = /^[A-Za-z0-9-]{1,100}$/;

/** The folder backups of the journal in `journalDir` go to: beside it, `<userData>/journal-backups`. */
export function backupsDirFor(journalDir: string): string {
  return `${journalDir}-backups`;
}

/**
 * Backups as folders of copies beside the journal. A backup is copied into a temporary folder
 * (its files flushed to disk, its manifest last) and renamed into place, so it either exists
 * whole or not at all. Nothing here deletes a journal file: a restore moves the files the
 * backup lacks aside next to themselves.
 */
export function createFolderBackups({ journalDir, backupsDir = backupsDirFor(journalDir), clock }: { journalDir: string; backupsDir?: string; clock: Pick<Clock, 'now'> }): JournalBackups {
  function journalFiles(): string[] {
    if (!fs.existsSync(journalDir)) return [];
    return fs.readdirSync(journalDir).filter((name) => isBackedUpFile(name) && fs.statSync(path.join(journalDir, name)).isFile()).sort();
  }

  function readManifest(id: string): Manifest | null {
    if (!BACKUP_ID.test(id)) return null;
    try {
      const parsed = Manifest.safeParse(JSON.parse(fs.readFileSync(path.join(backupsDir, id, MANIFEST), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function infoOf(id: string, manifest: Manifest): BackupInfo {
    const sizes = Object.values(manifest.files).map((file) => file.bytes);
    return { id, kind: manifest.kind, takenAt: manifest.takenAt, bytes: sizes.reduce((sum, bytes) => sum + bytes, 0), files: sizes.length, layoutVersion: manifest.layoutVersion };
  }

  function list(): BackupInfo[] {
    if (!fs.existsSync(backupsDir)) return [];
    const backups: BackupInfo[] = [];
    for (const entry of fs.readdirSync(backupsDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const manifest = readManifest(entry.name);
      if (manifest) backups.push(infoOf(entry.name, manifest));
    }
    return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  }

  function take(kind: BackupKind, id?: string): BackupInfo {
    const at = clock.now();
    const name = uniqueName(id ?? `${kind}-${stampOf(at)}`);
    let staging: string | null = null;
    try {
      fs.mkdirSync(backupsDir, { recursive: true });
      staging = fs.mkdtempSync(path.join(backupsDir, '.incomplete-'));
      const files: Manifest['files'] = {};
      for (const file of journalFiles()) {
        const data = fs.readFileSync(path.join(journalDir, file));
        writeDurably(path.join(staging, file), data);
        files[file] = { bytes: data.length, sha256: sha256(data) };
      }
      const manifest: Manifest = { format: 'ownlog-backup', kind, takenAt: toIso(at), layoutVersion: layoutVersionOf(journalDir), files };
      writeDurably(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
      fs.renameSync(staging, path.join(backupsDir, name));
      staging = null;
      flushFolder(backupsDir);
      return infoOf(name, manifest);
    } catch (error) {
      throw new JournalError('storage', `Ownlog could not back up your journal into ${backupsDir}: ${reason(error)}. Nothing was changed.`, { cause: error });
    } finally {
      // Only this call's own unfinished copy is removed, never a backup.
      if (staging !== null) fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  function uniqueName(base: string): string {
    if (!BACKUP_ID.test(base)) throw new JournalError('invalid', `"${base}" cannot name a backup.`);
    let name = base;
    for (let count = 2; fs.existsSync(path.join(backupsDir, name)); count += 1) name = `${base}-${count}`;
    return name;
  }

  /** The backup's files, each checked against what its manifest says was copied. */
  function verifiedFiles(id: string): Map<string, Buffer> {
    const manifest = readManifest(id);
    if (!manifest) throw new JournalError('not-found', 'That backup is no longer there, or is not a complete backup.');
    const files = new Map<string, Buffer>();
    for (const [file, expected] of Object.entries(manifest.files)) {
      if (!isBackedUpFile(file)) throw new JournalError('invalid', `That backup holds a file Ownlog does not restore: ${file}. Nothing was changed.`);
      let data: Buffer;
      try {
        data = fs.readFileSync(path.join(backupsDir, id, file));
      } catch {
        throw new JournalError('invalid', `That backup is incomplete: ${file} is missing from it. Nothing was changed.`);
      }
      if (data.length !== expected.bytes || sha256(data) !== expected.sha256) {
        throw new JournalError('invalid', `That backup is damaged: ${file} is not what was copied. Nothing was changed.`);
      }
      files.set(file, data);
    }
    return files;
  }

  function restore(id: string): { setAside: string[] } {
    const files = verifiedFiles(id);
    const staged: [string, string][] = [];
    try {
      fs.mkdirSync(journalDir, { recursive: true });
      // Every file is first written beside its place, so each then goes in with one rename.
      for (const [file, data] of files) {
        const temporary = path.join(journalDir, `.${file}.restoring-${randomBytes(4).toString('hex')}`);
        writeDurably(temporary, data);
        staged.push([temporary, path.join(journalDir, file)]);
      }
      const stamp = stampOf(clock.now());
      const setAside: string[] = [];
      for (const file of journalFiles()) {
        if (files.has(file)) continue;
        const { name, ext } = path.parse(file);
        const target = path.join(journalDir, `${name}.not-in-backup-${stamp}${ext}`);
        fs.renameSync(path.join(journalDir, file), target);
        setAside.push(target);
      }
      for (const [temporary, target] of staged.splice(0)) fs.renameSync(temporary, target);
      flushFolder(journalDir);
      return { setAside };
    } catch (error) {
      throw new JournalError('storage', `Ownlog could not put back the files of backup ${id}: ${reason(error)}.`, { cause: error });
    } finally {
      for (const [temporary] of staged) fs.rmSync(temporary, { force: true });
    }
  }

  function removeDaily(ids: readonly string[]): void {
    for (const id of ids) {
      const manifest = readManifest(id);
      if (manifest?.kind !== 'daily') throw new JournalError('invalid', `Backup ${id} is not a daily backup, so it is never removed by rotation.`);
    }
    for (const id of ids) {
      // Out of the list in one step first, so a removal cut short never leaves half a backup that looks whole.
      const leaving = path.join(backupsDir, `.removing-${id}`);
      fs.renameSync(path.join(backupsDir, id), leaving);
      fs.rmSync(leaving, { recursive: true, force: true });
    }
  }

  return {
    folder: backupsDir,
    list,
    take,
    verify(id) {
      verifiedFiles(id);
    },
    restore,
    removeDaily,
  };
}

/**
 * The layout the journal's files have, which a journal saved by a newer Ownlog says is newer
 * than this app's: its backup says so too, and is not restored over by this version.
 */
function layoutVersionOf(journalDir: string): number {
  try {
    const parsed = LayoutFile.safeParse(JSON.parse(fs.readFileSync(path.join(journalDir, `${FILES.layout}.json`), 'utf8')));
    return parsed.success ? Math.max(parsed.data.version, LAYOUT_VERSION) : LAYOUT_VERSION;
  } catch {
    return LAYOUT_VERSION;
  }
}

const LayoutFile = z.looseObject({ version: z.number().int().positive() });

/** "2026-11-24T14-30-00-000Z": an instant as a file name can hold it, sorting as it reads. */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function writeDurably(file: string, data: string | Buffer): void {
  const handle = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(handle, data);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Makes a rename in `folder` survive a power cut. Windows cannot open a folder to flush it; there NTFS's journal does. */
function flushFolder(folder: string): void {
  let handle: number | undefined;
  try {
    handle = fs.openSync(folder, 'r');
    fs.fsyncSync(handle);
  } catch {
    /* not possible on this platform */
  } finally {
    if (handle !== undefined) fs.closeSync(handle);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
