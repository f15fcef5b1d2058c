import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { z } from 'zod';
import type { Postmortem } from '../domain/postmortem.ts';
import type { JournalContext } from '../journal-context.ts';
import type { MonthKey } from '../store/layout.ts';
import { FACTOR_LABEL } from './steps.ts';
import { termOf, wordsOf } from './terms.ts';
import type { SearchHit } from './view.ts';

/** One searchable thing: a postmortem, one of its lessons, or a resolved blocker's lesson. */
interface SearchDoc {
  id: string;
  kind: SearchHit['kind'];
  postmortemId: string | null;
  blockerId: string | null;
  title: string;
  /** The texts searched, each shown on its own when it matches. */
  passages: string[];
  tags: string[];
  at: string;
  /** The archive a resolved blocker's lesson was read from; null for a postmortem's. */
  month: MonthKey | null;
}

/** The index as saved between runs, with what it was made from. */
const SavedIndex = z.object({
  version: z.literal(1),
  /** The stamp of each archive month as it was when indexed. */
  months: z.record(z.string(), z.string()),
  postmortems: z.record(z.string(), z.object({ updatedAt: z.string(), docIds: z.array(z.string()) })),
  docs: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['postmortem', 'lesson', 'blocker-lesson']),
      postmortemId: z.string().nullable(),
      blockerId: z.string().nullable(),
      title: z.string(),
      passages: z.array(z.string()),
      tags: z.array(z.string()),
      at: z.string(),
      month: z.string().nullable(),
    }),
  ),
  index: z.record(z.string(), z.unknown()),
});

export interface LessonSearch {
  /** Results for the words typed, best first. */
  search(text: string): SearchHit[];
}

const RESULTS_MAX = 50;

function postmortemDocs(postmortem: Postmortem): SearchDoc[] {
  const { impact } = postmortem;
  const passages = [
    impact.what,
    impact.who,
    impact.duration,
    postmortem.statement ?? '',
    ...postmortem.timeline.map((entry) => entry.text),
    ...postmortem.whys,
    ...postmortem.factors.map((factor) => `${FACTOR_LABEL[factor.category]}: ${factor.text}`),
    postmortem.resolution,
    postmortem.lucky,
    ...postmortem.actionItems.map((item) => item.title),
  ].filter((text) => text.trim() !== '');
  const whole: SearchDoc = { id: `postmortem:${postmortem.id}`, kind: 'postmortem', postmortemId: postmortem.id, blockerId: null, title: postmortem.title, passages, tags: [], at: postmortem.happenedAt, month: null };
  const lessons = postmortem.lessons.map(
    (lesson, index): SearchDoc => ({ id: `lesson:${postmortem.id}:${String(index)}`, kind: 'lesson', postmortemId: postmortem.id, blockerId: null, title: postmortem.title, passages: [lesson.text], tags: lesson.tags, at: postmortem.happenedAt, month: null }),
  );
  return [whole, ...lessons];
}

const SNIPPET_MAX = 240;

/** The first sentence (or line) of the passages that matches, short enough to read in a list. */
function sentenceMatching(passages: readonly string[], matches: (text: string) => boolean): string {
  const sentences = passages.flatMap((text) => text.split(/\n+|(?<=[.!?])\s+/)).filter((sentence) => sentence.trim() !== '');
  const found = sentences.find(matches) ?? sentences[0] ?? '';
  return found.length > SNIPPET_MAX ? `${found.slice(0, SNIPPET_MAX - 1).trimEnd()}…` : found;
}

const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text', 'tags'],
  idField: 'id',
  extractField: (doc, field) => (field === 'text' ? doc.passages.join('\n') : field === 'tags' ? doc.tags.join(' ') : field === 'id' ? doc.id : doc.title),
  processTerm: termOf,
  // Discarding schedules a vacuum on a timer; the journal keeps no timers, so documents
  // are removed exactly, with the copy indexed before.
  autoVacuum: false,
  searchOptions: { prefix: (term) => term.length >= 3, combineWith: 'AND', boost: { title: 2, tags: 1.5 } },
};

/**
 * Full-text search over the postmortems, their lessons and resolved blockers' lessons, with
 * MiniSearch over stemmed words. The index is saved in the journal folder and loaded on the
 * first search, so a search after start reads no archive: each archive month is indexed with
 * the stamp its file had, and only months whose stamp changed since (a close, an import, a
 * restore) are read again; postmortems whose `updatedAt` changed are indexed again. The
 * index is saved again after a search that changed it.
 */
export function createLessonSearch(context: JournalContext): LessonSearch {
  let index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  let docs = new Map<string, SearchDoc>();
  let postmortems = new Map<string, { updatedAt: string; docIds: string[] }>();
  let months = new Map<MonthKey, string>();
  let loaded = false;

  /** The saved index, if there is one this version made and it loads; otherwise an empty one. */
  function load(): void {
    loaded = true;
    const saved = SavedIndex.safeParse(context.store.readSearchIndex());
    if (!saved.success) return;
    try {
      index = MiniSearch.loadJS(saved.data.index as unknown as AsPlainObject, INDEX_OPTIONS);
    } catch {
      index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
      return;
    }
    docs = new Map(saved.data.docs.map((doc) => [doc.id, doc]));
    postmortems = new Map(Object.entries(saved.data.postmortems));
    months = new Map(Object.entries(saved.data.months));
  }

  function save(): void {
    try {
      context.store.writeSearchIndex({
        version: 1,
        months: Object.fromEntries(months),
        postmortems: Object.fromEntries(postmortems),
        docs: [...docs.values()],
        index: index.toJSON(),
      });
    } catch {
      // Only the next start is slower: the index is made again from the records then.
    }
  }

  function add(doc: SearchDoc): void {
    // A record moved between months is indexed once, from where it is now.
    removeDoc(doc.id);
    index.add(doc);
    docs.set(doc.id, doc);
  }

  function removeDoc(id: string): void {
    const doc = docs.get(id);
    if (!doc) return;
    index.remove(doc);
    docs.delete(id);
  }

  /** Indexes postmortems new or changed since; returns whether anything changed. */
  function syncPostmortems(): boolean {
    let changed = false;
    const seen = new Set<string>();
    for (const record of context.live.values()) {
      if (record.kind !== 'postmortem') continue;
      seen.add(record.id);
      const indexed = postmortems.get(record.id);
      if (indexed?.updatedAt === record.updatedAt) continue;
      for (const id of indexed?.docIds ?? []) removeDoc(id);
      const made = postmortemDocs(record);
      for (const doc of made) add(doc);
      postmortems.set(record.id, { updatedAt: record.updatedAt, docIds: made.map((doc) => doc.id) });
      changed = true;
    }
    for (const [id, indexed] of postmortems) {
      if (seen.has(id)) continue;
      for (const docId of indexed.docIds) removeDoc(docId);
      postmortems.delete(id);
      changed = true;
    }
    return changed;
  }

  function removeMonth(month: MonthKey): void {
    for (const doc of [...docs.values()]) if (doc.month === month) removeDoc(doc.id);
    months.delete(month);
  }

  /** Reads again only the archive months whose file changed since they were indexed. */
  function syncBlockerLessons(): boolean {
    let changed = false;
    const stamps = context.archives.stamps();
    for (const month of [...months.keys()]) {
      if (stamps.has(month)) continue;
      removeMonth(month);
      changed = true;
    }
    for (const [month, stamp] of stamps) {
      if (months.get(month) === stamp) continue;
      removeMonth(month);
      for (const record of context.archives.month(month).values()) {
        if (record.kind !== 'blocker') continue;
        const { resolution } = record;
        if (resolution?.lesson == null) continue;
        add({ id: `blocker:${record.id}`, kind: 'blocker-lesson', postmortemId: null, blockerId: record.id, title: record.what, passages: [resolution.lesson, resolution.how], tags: [], at: resolution.at, month });
      }
      months.set(month, stamp);
      changed = true;
    }
    return changed;
  }

  function hitOf(doc: SearchDoc, terms: ReadonlySet<string>): SearchHit {
    const matches = (word: string) => {
      const term = termOf(word);
      return term !== null && terms.has(term);
    };
    // The sentence that matched, for a postmortem; a lesson is shown whole.
    const passage = doc.kind === 'postmortem' ? sentenceMatching(doc.passages, (text) => wordsOf(text).some(matches)) : (doc.passages[0] ?? '');
    const words = [...new Set([...wordsOf(passage), ...wordsOf(doc.title)].filter(matches))];
    return { kind: doc.kind, postmortemId: doc.postmortemId, blockerId: doc.blockerId, title: doc.title, text: passage, tags: doc.tags, at: doc.at, words };
  }

  return {
    search(text) {
      if (text.trim() === '') return [];
      if (!loaded) load();
      const postmortemsChanged = syncPostmortems();
      if (syncBlockerLessons() || postmortemsChanged) save();
      return index
        .search(text)
        .slice(0, RESULTS_MAX)
        .flatMap((result) => {
          const doc = docs.get(String(result.id));
          return doc ? [hitOf(doc, new Set(result.terms))] : [];
        });
    },
  };
}
