import { Blocker, type BlockerEvent } from '../domain/blocker.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { monthOf } from '../store/layout.ts';
import type { blockerChannels, EditBlocker, LogAttempt, RaiseBlocker, ResolveBlocker, StartBlocker } from './channels.ts';
import { closeOpenSegment, freshProgress, isoOf, MINUTE_MS, openNewSegment, type Reading } from './clock.ts';
import { draftHelpRequest } from './help-request.ts';
import type { BlockerClock, ClockHint } from './heartbeat.ts';
import { byUrgency, viewOf, type BlockerList, type BlockerView } from './view.ts';

export interface HeartbeatResult {
  /** Blockers that reached their threshold now, already recorded as notified: notify once. */
  reached: BlockerView[];
  /** When to take the next heartbeat, in milliseconds: a minute at most. */
  nextBeatMs: number;
}

/** The two-hour rule's commands and queries over the journal's state and the blocker clock. */
export interface BlockerCommands {
  start(request: StartBlocker): BlockerView;
  list(): BlockerList;
  get(id: string): BlockerView;
  pause(id: string): BlockerView;
  resume(id: string): BlockerView;
  logAttempt(request: LogAttempt): BlockerView;
  edit(request: EditBlocker): BlockerView;
  raise(request: RaiseBlocker): BlockerView;
  resolve(request: ResolveBlocker): Blocker;
  /** Time passed, or the machine told us something: the shell calls this at most a minute apart. */
  heartbeat(hint?: ClockHint): HeartbeatResult;
}

export function blockerCommands(context: JournalContext, clock: BlockerClock): BlockerCommands {
  const view = (blocker: Blocker, now: Reading = clock.read()) => viewOf(blocker, clock.progress(blocker.id), now, context.clock.timeZone());

  function openBlocker(id: string): Blocker {
    const record = context.live.get(id);
    if (record?.kind !== 'blocker' || record.status === 'resolved') {
      throw new JournalError('not-found', 'That blocker is no longer open — it may have been resolved in another window.');
    }
    return record;
  }

  function validated(candidate: Blocker): Blocker {
    const checked = Blocker.safeParse(candidate);
    if (!checked.success) {
      throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That change cannot be saved.');
    }
    return checked.data;
  }

  /** Validates the changed record, writes it, then keeps it in memory and tells listeners. */
  function save(candidate: Blocker): Blocker {
    const checked = validated(candidate);
    context.store.putLive(checked);
    context.live.set(checked.id, checked);
    context.changed();
    return checked;
  }

  /**
   * Brings every clock up to now before a change that depends on it (the user is here, so a
   * locked or suspended clock counts again), and returns the blocker as it is after that.
   */
  function settled(id: string): { blocker: Blocker; now: Reading; at: string } {
    openBlocker(id);
    const { now } = clock.beat('user');
    return { blocker: openBlocker(id), now, at: isoOf(now) };
  }

  function changed(blocker: Blocker, at: string, event: BlockerEvent | null, fields: Partial<Blocker>): Blocker {
    return { ...blocker, ...fields, updatedAt: at, history: event ? [...blocker.history, event] : blocker.history };
  }

  function start(request: StartBlocker): BlockerView {
    assertWritable(context);
    const commitmentId = request.commitmentId ?? null;
    if (commitmentId !== null) {
      const commitment = context.live.get(commitmentId);
      if (commitment?.kind !== 'commitment' || commitment.status !== 'open') {
        throw new JournalError('not-found', 'That commitment is no longer open, so the blocker cannot be tied to it.');
      }
    }
    const { now } = clock.beat('user');
    const at = isoOf(now);
    const thresholdMinutes = request.thresholdMinutes ?? context.settings.blockerThresholdMinutes;
    const blocker = save({
      kind: 'blocker',
      id: context.ids.next(),
      what: request.what.trim(),
      commitmentId,
      thresholdMinutes,
      status: 'running',
      segments: [{ from: at, to: null, ms: 0, end: null }],
      attempts: [],
      evidence: '',
      theory: '',
      ask: '',
      thresholdReachedAt: null,
      raised: null,
      resolution: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      history: [{ type: 'started', at }],
    });
    clock.track(blocker.id, freshProgress(at, now));
    return view(blocker, now);
  }

  function pause(id: string): BlockerView {
    assertWritable(context);
    if (openBlocker(id).status === 'paused') throw new JournalError('conflict', 'That blocker is already paused.');
    const { blocker, now, at } = settled(id);
    const counted = clock.progress(id)?.ms ?? 0;
    const paused = save(changed(closeOpenSegment(blocker, at, counted, 'paused'), at, { type: 'paused', at }, { status: 'paused' }));
    clock.track(id, undefined);
    return view(paused, now);
  }

  function resume(id: string): BlockerView {
    assertWritable(context);
    if (openBlocker(id).status === 'running') throw new JournalError('conflict', 'That blocker is already running.');
    const { blocker, now, at } = settled(id);
    const resumed = save(changed(openNewSegment(blocker, at), at, { type: 'resumed', at }, { status: 'running' }));
    clock.track(id, freshProgress(at, now));
    return view(resumed, now);
  }

  function logAttempt({ id, tried, showed }: LogAttempt): BlockerView {
    assertWritable(context);
    const blocker = openBlocker(id);
    const at = isoOf(clock.read());
    const attempts = [...blocker.attempts, { at, tried: tried.trim(), showed: showed.trim() }];
    return view(save(changed(blocker, at, null, { attempts })));
  }

  function edit({ id, thresholdMinutes, what, evidence, theory, ask }: EditBlocker): BlockerView {
    assertWritable(context);
    const fields: Partial<Blocker> = {};
    if (what !== undefined) fields.what = what.trim();
    if (evidence !== undefined) fields.evidence = evidence;
    if (theory !== undefined) fields.theory = theory.trim();
    if (ask !== undefined) fields.ask = ask.trim();
    if (thresholdMinutes === undefined) return view(save(changed(openBlocker(id), isoOf(clock.read()), null, fields)));

    const { blocker, now, at } = settled(id);
    // A threshold moved past the time already blocked is a new promise to raise it then, so
    // it is notified again when that time comes.
    const renewed = clock.elapsed(blocker, now) < thresholdMinutes * MINUTE_MS ? { thresholdReachedAt: null } : {};
    return view(save(changed(blocker, at, { type: 'threshold-set', at, minutes: thresholdMinutes }, { ...fields, thresholdMinutes, ...renewed })), now);
  }

  function raise({ id, to }: RaiseBlocker): BlockerView {
    assertWritable(context);
    if (openBlocker(id).raised !== null) throw new JournalError('conflict', 'That blocker has already been raised.');
    const { blocker, now, at } = settled(id);
    const raised = { to: to.trim(), at, blockedMs: clock.elapsed(blocker, now), request: draftHelpRequest(blocker).markdown };
    return view(save(changed(blocker, at, { type: 'raised', at, to: raised.to }, { raised })), now);
  }

  function resolve({ id, how, lesson }: ResolveBlocker): Blocker {
    assertWritable(context);
    const { blocker, now, at } = settled(id);
    const blockedMs = clock.elapsed(blocker, now);
    const counted = clock.progress(id)?.ms ?? 0;
    const trimmedLesson = lesson?.trim() ?? '';
    const resolved = changed(closeOpenSegment(blocker, at, counted, 'resolved'), at, { type: 'resolved', at }, {
      status: 'resolved',
      closedAt: at,
      resolution: { at, how: how.trim(), lesson: trimmedLesson === '' ? null : trimmedLesson, blockedMs },
    });
    const checked = validated(resolved);
    context.archives.put(checked, monthOf(at));
    clock.track(id, undefined);
    context.changed();
    return checked;
  }

  function list(): BlockerList {
    const now = clock.read();
    const blockers: BlockerView[] = [];
    for (const record of context.live.values()) {
      if (record.kind === 'blocker' && record.status !== 'resolved') blockers.push(view(record, now));
    }
    return { blockers: blockers.sort(byUrgency), defaultThresholdMinutes: context.settings.blockerThresholdMinutes };
  }

  function heartbeat(hint?: ClockHint): HeartbeatResult {
    const beat = clock.beat(hint ?? null, { markThresholds: true });
    const running = [...context.live.values()].some((record) => record.kind === 'blocker' && record.status === 'running');
    // Elapsed times changed for every running blocker, so what shows them re-asks.
    if (running || beat.reached.length > 0) context.changed();
    return { reached: beat.reached.map((blocker) => view(blocker, beat.now)), nextBeatMs: beat.nextBeatMs };
  }

  return { start, list, get: (id) => view(openBlocker(id)), pause, resume, logAttempt, edit, raise, resolve, heartbeat };
}

export function blockerHandlers(commands: BlockerCommands): HandlersFor<typeof blockerChannels> {
  return {
    'ownlog:blocker-start': (request) => commands.start(request),
    'ownlog:blocker-list': () => commands.list(),
    'ownlog:blocker-get': ({ id }) => commands.get(id),
    'ownlog:blocker-pause': ({ id }) => commands.pause(id),
    'ownlog:blocker-resume': ({ id }) => commands.resume(id),
    'ownlog:blocker-log-attempt': (request) => commands.logAttempt(request),
    'ownlog:blocker-edit': (request) => commands.edit(request),
    'ownlog:blocker-raise': (request) => commands.raise(request),
    'ownlog:blocker-resolve': (request) => commands.resolve(request),
  };
}
