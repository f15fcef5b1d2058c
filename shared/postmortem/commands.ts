import { newPostmortem, Postmortem, type PostmortemEvent } from '../domain/postmortem.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { actionItemViews, newActionCommitment, saveWithActionItem } from './action-items.ts';
import { postmortemView } from './build-view.ts';
import type { AddActionItem, postmortemChannels, RecordTold, SavePostmortem, StartPostmortem } from './channels.ts';
import { missingForCompletion } from './completeness.ts';
import { postmortemLibrary } from './library.ts';
import { createLessonSearch } from './search.ts';
import { placeholderIn } from './statement.ts';
import { STEP_LABEL } from './steps.ts';
import { journalEntriesAround } from './timeline.ts';
import type { PostmortemLibrary, PostmortemView, SearchHit } from './view.ts';

/** The postmortem's commands and queries over the journal's state. */
export interface PostmortemCommands {
  start(request: StartPostmortem): PostmortemView;
  get(id: string): PostmortemView;
  save(request: SavePostmortem): PostmortemView;
  tell(request: RecordTold): PostmortemView;
  addActionItem(request: AddActionItem): PostmortemView;
  complete(id: string): PostmortemView;
  remove(id: string): { id: string };
  library(): PostmortemLibrary;
  search(text: string): SearchHit[];
}

export function postmortemCommands(context: JournalContext): PostmortemCommands {
  const lessons = createLessonSearch(context);
  const now = () => toIso(context.clock.now());
  const view = (postmortem: Postmortem) => postmortemView(context, postmortem);

  const missingFrom = (postmortem: Postmortem) => missingForCompletion(postmortem, actionItemViews(context, postmortem));

  function openPostmortem(id: string): Postmortem {
    const record = context.live.get(id);
    if (record?.kind !== 'postmortem') throw new JournalError('not-found', 'That postmortem could not be found — it may have been deleted in another window.');
    return record;
  }

  /** The schema decides what a postmortem is: a change is applied, then the whole is checked. */
  function validated(candidate: unknown): Postmortem {
    const checked = Postmortem.safeParse(candidate);
    if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'That change cannot be saved.');
    return checked.data;
  }

  /** Writes the checked record, then keeps it in memory and tells listeners. */
  function write(postmortem: Postmortem): Postmortem {
    context.store.putLive(postmortem);
    context.live.set(postmortem.id, postmortem);
    context.changed();
    return postmortem;
  }

  /** Times must be in order and not ahead of now: it happened, was detected, was acknowledged. */
  function checkTimes(postmortem: Pick<Postmortem, 'happenedAt' | 'detectedAt' | 'acknowledgedAt'>): void {
    const nowMs = context.clock.now().getTime();
    const { happenedAt, detectedAt, acknowledgedAt } = postmortem;
    if (Date.parse(happenedAt) > nowMs) throw new JournalError('invalid', 'When it happened cannot be later than now.');
    if (detectedAt !== null && Date.parse(detectedAt) > nowMs) throw new JournalError('invalid', 'When it was detected cannot be later than now.');
    if (acknowledgedAt !== null && Date.parse(acknowledgedAt) > nowMs) throw new JournalError('invalid', 'When you acknowledged it cannot be later than now.');
    if (detectedAt !== null && detectedAt < happenedAt) throw new JournalError('invalid', 'It cannot have been detected before it happened.');
    if (acknowledgedAt !== null && acknowledgedAt < (detectedAt ?? happenedAt)) {
      throw new JournalError('invalid', detectedAt === null ? 'It cannot have been acknowledged before it happened.' : 'It cannot have been acknowledged before it was detected.');
    }
  }

  function changed(postmortem: Postmortem, fields: Partial<Postmortem>, event: PostmortemEvent | null = null): Postmortem {
    const at = now();
    return { ...postmortem, ...fields, updatedAt: at, history: event ? [...postmortem.history, event] : postmortem.history };
  }

  /** A complete postmortem that lost a step's content is an open loop again, and says so. */
  function settled(candidate: Postmortem): Postmortem {
    if (candidate.status !== 'complete' || missingFrom(candidate).length === 0) return candidate;
    return { ...candidate, status: 'draft', completedAt: null, history: [...candidate.history, { type: 'reopened', at: candidate.updatedAt }] };
  }

  function start({ title, happenedAt, origin }: StartPostmortem): PostmortemView {
    assertWritable(context);
    const at = now();
    const draft = newPostmortem({ id: context.ids.next(), title: title.trim(), origin: origin ?? null, happenedAt, at });
    checkTimes(draft);
    // The timeline starts with what the journal recorded around the incident.
    const timeline = journalEntriesAround(context, draft).slice(0, 200);
    return view(write(validated({ ...draft, timeline })));
  }

  function save({ id, changes, step }: SavePostmortem): PostmortemView {
    assertWritable(context);
    const current = openPostmortem(id);
    const whys = changes.whys?.map((answer) => answer.trim());
    while (whys !== undefined && whys.length > 0 && whys.at(-1) === '') whys.pop();
    const candidate = validated({ ...current, ...changes, ...(whys === undefined ? {} : { whys }), step: step ?? current.step, updatedAt: now() });
    checkTimes(candidate);
    return view(write(validated(settled(candidate))));
  }

  function tell({ id, who, at, statement }: RecordTold): PostmortemView {
    assertWritable(context);
    const current = openPostmortem(id);
    const when = at ?? now();
    if (Date.parse(when) > context.clock.now().getTime()) throw new JournalError('invalid', 'When you told them cannot be later than now.');
    const sent = statement?.trim() ?? null;
    if (sent === '') throw new JournalError('invalid', 'The statement is empty — write it, or record that you told them another way.');
    const left = sent === null ? null : placeholderIn(sent);
    if (left !== null) throw new JournalError('invalid', `Fill in ${left} in the statement first — or take that part out.`);
    const told = [...current.told, { who: who.trim(), at: when, sent }].sort((a, b) => a.at.localeCompare(b.at));
    return view(write(validated(changed(current, { told, ...(sent === null ? {} : { statement: sent }) }))));
  }

  function addActionItem({ id, title, due, promisedTo }: AddActionItem): PostmortemView {
    assertWritable(context);
    const current = openPostmortem(id);
    const commitment = newActionCommitment(context, current, { title, due, promisedTo });
    const next = validated(changed(current, { actionItems: [...current.actionItems, { commitmentId: commitment.id, title: commitment.title, addedAt: commitment.createdAt }] }));
    return view(saveWithActionItem(context, commitment, () => write(next)));
  }

  function complete(id: string): PostmortemView {
    assertWritable(context);
    const current = openPostmortem(id);
    if (current.status === 'complete') return view(current);
    const missing = missingFrom(current);
    if (missing.length > 0) {
      throw new JournalError('conflict', `Not complete yet — ${missing.map((step) => `${STEP_LABEL[step.step]}: ${step.missing}`).join(' ')}`);
    }
    const at = now();
    return view(write(validated(changed(current, { status: 'complete', completedAt: at }, { type: 'completed', at }))));
  }

  function remove(id: string): { id: string } {
    assertWritable(context);
    openPostmortem(id);
    context.store.removeLive(id);
    context.live.delete(id);
    context.changed();
    return { id };
  }

  return {
    start,
    get: (id) => view(openPostmortem(id)),
    save,
    tell,
    addActionItem,
    complete,
    remove,
    library: () => postmortemLibrary(context),
    search: (text) => lessons.search(text),
  };
}

export function postmortemHandlers(commands: PostmortemCommands): HandlersFor<typeof postmortemChannels> {
  return {
    'ownlog:postmortem-start': (request) => commands.start(request),
    'ownlog:postmortem-get': ({ id }) => commands.get(id),
    'ownlog:postmortem-save': (request) => commands.save(request),
    'ownlog:postmortem-tell': (request) => commands.tell(request),
    'ownlog:postmortem-action-add': (request) => commands.addActionItem(request),
    'ownlog:postmortem-complete': ({ id }) => commands.complete(id),
    'ownlog:postmortem-delete': ({ id }) => commands.remove(id),
    'ownlog:postmortem-library': () => commands.library(),
    'ownlog:postmortem-search': ({ text }) => ({ hits: commands.search(text) }),
  };
}
