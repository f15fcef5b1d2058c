import { blockerCommands, blockerHandlers, type BlockerCommands } from './blockers/commands.ts';
import { createBlockerClock } from './blockers/heartbeat.ts';
import { checkInHandlers } from './checkin/commands.ts';
import { capture, previewCapture, type CapturePreview, type CaptureRequest } from './commitments/capture.ts';
import { closeAsDone } from './commitments/endings.ts';
import { commitmentHandlers } from './commitments/handlers.ts';
import { decisionHandlers } from './decisions/commands.ts';
import { renderAs } from './export/render.ts';
import type { Commitment } from './domain/commitment.ts';
import { toIso } from './domain/time.ts';
import type { JournalHandlers } from './ipc/contract.ts';
import type { EventPayload } from './ipc/events.ts';
import { archivesOver, ofKind, type JournalContext } from './journal-context.ts';
import { loopHandlers } from './loops/handlers.ts';
import { dueReminders, type DueReminders } from './schedule/commands.ts';
import { statusHandlers } from './status/commands.ts';
import { openLoops, type OpenLoop } from './loops/open-loops.ts';
import type { Clock, IdSource } from './ports.ts';
import type { JournalRecord, JournalStore, StoreNotice } from './store/port.ts';

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
  openLoops(): OpenLoop[];
  notices(): readonly StoreNotice[];
  onChanged(listener: (event: JournalChanged) => void): () => void;
  /** The two-hour rule: blockers, their clocks and the heartbeat the shell drives. */
  readonly blockers: BlockerCommands;
  /** The reminders due now (each recorded as shown), and when to ask again: the shell's timer asks. */
  dueReminders(): DueReminders;
  /** The handler of every IPC channel the journal answers, for the router. */
  readonly handlers: JournalHandlers;
}

export interface JournalPorts {
  clock: Clock;
  ids: IdSource;
  store: JournalStore;
  /** BCP 47 locale for reading dates such as 3/4; defaults to US English. */
  locale?: string;
}

export function openJournal({ clock, ids, store, locale = 'en-US' }: JournalPorts): Journal {
  const loaded = store.load();
  const listeners = new Set<(event: JournalChanged) => void>();
  const live = new Map<string, JournalRecord>(loaded.live.map((record) => [record.id, record]));
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
    dueReminders: () => dueReminders(context),
    handlers: {
      ...commitmentHandlers(context),
      ...blockerHandlers(blockers),
      ...checkInHandlers(context, running),
      ...decisionHandlers(context),
      ...statusHandlers(context, running),
      'ownlog:export-render': ({ content, format }) => ({ text: renderAs(content, format) }),
      ...loopHandlers(context),
      'ownlog:journal-notices': () => store.notices(),
      'ownlog:settings-get': () => context.settings,
    },
  };
}
