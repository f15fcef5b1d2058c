import { blockerCommands, blockerHandlers, type BlockerCommands } from './blockers/commands.ts';
import { createBlockerClock } from './blockers/heartbeat.ts';
import { bragHandlers } from './brag/commands.ts';
import { checkInHandlers } from './checkin/commands.ts';
import { capture, previewCapture, type CapturePreview, type CaptureRequest } from './commitments/capture.ts';
import { closeAsDone } from './commitments/endings.ts';
import { commitmentHandlers } from './commitments/handlers.ts';
import { backupCommands } from './data/backup-commands.ts';
import type { JournalBackups } from './data/backups-port.ts';
import { dataHandlers, type DataCommands } from './data/handlers.ts';
import { transferCommands } from './data/transfer.ts';
import { decisionHandlers } from './decisions/commands.ts';
import { renderAs } from './export/render.ts';
import { gitHandlers } from './git/commands.ts';
import type { GitLog } from './git/port.ts';
import type { Commitment } from './domain/commitment.ts';
import type { Settings } from './domain/settings.ts';
import { toIso } from './domain/time.ts';
import type { JournalHandlers } from './ipc/contract.ts';
import type { EventPayload } from './ipc/events.ts';
import { archivesOver, LiveRecords, ofKind, type JournalContext } from './journal-context.ts';
import { openLoopCount } from './loops/count.ts';
import { ledgerHandlers } from './ledger/commands.ts';
import { loopHandlers } from './loops/handlers.ts';
import { takeDueNotices, type DueNotices } from './schedule/commands.ts';
import { saveSettings } from './settings/commands.ts';
import { statusHandlers } from './status/commands.ts';
import { trayStatus, type TrayStatus } from './tray/status.ts';
import { openLoops, type CommitmentLoop } from './loops/open-loops.ts';
import { postmortemCommands, postmortemHandlers, type PostmortemCommands } from './postmortem/commands.ts';
import type { Clock, IdSource } from './ports.ts';
import type { JournalStore, StoreNotice } from './store/port.ts';

export type JournalChanged = EventPayload<'journal-changed'>;

/**
 * The one service the outside talks to. It holds no timers and reads time only from its
 * clock; each area keeps its commands next to its rules, and the journal composes them over
 * one in-memory state and one store. Every command is reachable through `handlers` (what the
 * IPC router calls); the few methods here are the ones the shell and tests use directly.
 */
export interface Journal {
  previewCapture(line: string): CapturePreview;
  capture(request: string | CaptureRequest): Commitment;
  closeAsDone(id: string): Commitment;
  /** The open commitments, most at risk first (postmortem drafts are listed by `ownlog:loops-list`). */
  openLoops(): CommitmentLoop[];
  notices(): readonly StoreNotice[];
  onChanged(listener: (event: JournalChanged) => void): () => void;
  /** The two-hour rule: blockers, their clocks and the heartbeat the shell drives. */
  readonly blockers: BlockerCommands;
  /** The notifications due now (each recorded as shown), and when to ask again: the shell's timer asks. */
  takeDueNotices(): DueNotices;
  /** What the tray says now. */
  trayStatus(): TrayStatus;
  /** The settings as they are now (the shell applies theme, shortcut and login item from them). */
  settings(): Settings;
  /** Blameless self-postmortems, their action items and the library of lessons. */
  readonly postmortems: PostmortemCommands;
  /** Export, import and backups: the shell's file dialogs and its daily timer use these. */
  readonly data: DataCommands;
  /** The handler of every IPC channel the journal answers, for the router. */
  readonly handlers: JournalHandlers;
}

export interface JournalPorts {
  clock: Clock;
  ids: IdSource;
  store: JournalStore;
  /** Where backups go; without it, imports and restores are refused (never done without a backup). */
  backups?: JournalBackups;
  /** BCP 47 locale for reading dates such as 3/4; defaults to US English. */
  locale?: string;
  /** Reads the user's commits from their repositories; without one, every folder says it cannot be read. */
  gitLog?: GitLog;
}

export function openJournal({ clock, ids, store, backups, locale = 'en-US', gitLog }: JournalPorts): Journal {
  // A move to a newer layout starts from a backup, kept always, and goes back to it if it fails.
  let beforeMigration: string | null = null;
  const loaded = store.load(
    backups && {
      before: () => (beforeMigration = backups.take('before-migration').id),
      failed: () => {
        if (beforeMigration !== null) backups.restore(beforeMigration);
      },
    },
  );
  const listeners = new Set<(event: JournalChanged) => void>();
  const live = new LiveRecords(loaded.live);
  const context: JournalContext = {
    clock,
    ids,
    store,
    live,
    settings: loaded.settings,
    locale,
    readOnly: loaded.readOnly,
    archives: archivesOver(store, live),
    recentClose: null,
    changed() {
      const event = { at: toIso(clock.now()) };
      for (const listener of listeners) listener(event);
    },
  };
  const blockers = blockerCommands(context, createBlockerClock(context, store.readHeartbeat()));
  const running = () => blockers.list().blockers;
  const postmortems = postmortemCommands(context);
  const data: DataCommands = {
    ...transferCommands({ context, store, backups: backups ?? null, runningBlockers: running }),
    backups: backupCommands({ context, backups: backups ?? null }),
  };

  return {
    previewCapture: (line) => previewCapture(context, { line }),
    capture: (request) => capture(context, typeof request === 'string' ? { line: request } : request),
    closeAsDone: (id) => closeAsDone(context, id),
    openLoops: () => openLoops(ofKind(context.live.values(), 'commitment'), clock.now(), context.settings),
    notices: () => store.notices(),
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    blockers,
    takeDueNotices: () => takeDueNotices(context),
    trayStatus: () => trayStatus(openLoopCount(context.live.values()), running()),
    settings: () => context.settings,
    postmortems,
    data,
    handlers: {
      ...commitmentHandlers(context),
      ...blockerHandlers(blockers),
      ...checkInHandlers(context, running),
      ...decisionHandlers(context),
      ...statusHandlers(context, running),
      'ownlog:export-render': ({ content, format }) => ({ text: renderAs(content, format) }),
      ...loopHandlers(context),
      ...postmortemHandlers(postmortems),
      ...ledgerHandlers(context),
      ...gitHandlers(context, gitLog),
      ...bragHandlers(context),
      'ownlog:journal-notices': () => store.notices(),
      'ownlog:settings-get': () => context.settings,
      'ownlog:settings-save': ({ changes }) => saveSettings(context, changes),
      ...dataHandlers(data),
    },
  };
}
