import MiniSearch from 'minisearch';
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
}

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
  const whole: SearchDoc = { id: `postmortem:${postmortem.id}`, kind: 'postmortem', postmortemId: postmortem.id, blockerId: null, title: postmortem.title, passages, tags: [], at: postmortem.happenedAt };
  const lessons = postmortem.lessons.map(
    (lesson, index): SearchDoc => ({ id: `lesson:${postmortem.id}:${String(index)}`, kind: 'lesson', postmortemId: postmortem.id, blockerId: null, title: postmortem.title, passages: [lesson.text], tags: lesson.tags, at: postmortem.happenedAt }),
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

/**
 * Full-text search over the postmortems, their lessons and resolved blockers' lessons, with
 * MiniSearch over stemmed words. The index lives in memory and is kept up to date a record at
 * a time: before each search, postmortems whose `updatedAt` changed are indexed again, and
 * archives that gained records since are read for newly resolved blockers — nothing is
 * rebuilt from scratch. (Keeping the index on disk between runs is a later step.)
 */
export function createLessonSearch(context: JournalContext): LessonSearch {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text', 'tags'],
    idField: 'id',
    extractField: (doc, field) => (field === 'text' ? doc.passages.join('\n') : field === 'tags' ? doc.tags.join(' ') : field === 'id' ? doc.id : doc.title),
    processTerm: termOf,
    // Discarding schedules a vacuum on a timer; the journal keeps no timers, so documents
    // are removed exactly, with the copy indexed before.
    autoVacuum: false,
    searchOptions: { prefix: (term) => term.length >= 3, combineWith: 'AND', boost: { title: 2, tags: 1.5 } },
  });
  const docs = new Map<string, SearchDoc>();
  const postmortems = new Map<string, { updatedAt: string; docIds: string[] }>();
  const months = new Map<MonthKey, number>();

  function add(doc: SearchDoc): void {
    index.add(doc);
    docs.set(doc.id, doc);
  }

  function removeDoc(id: string): void {
    const doc = docs.get(id);
    if (!doc) return;
    index.remove(doc);
    docs.delete(id);
  }

  function syncPostmortems(): void {
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
    }
    for (const [id, indexed] of postmortems) {
      if (seen.has(id)) continue;
      for (const docId of indexed.docIds) removeDoc(docId);
      postmortems.delete(id);
    }
  }

  /** Resolved blockers never change, so an archive is read again only when it has grown. */
  function syncBlockerLessons(): void {
    for (const month of context.archives.months()) {
      const records = context.archives.month(month);
      if (months.get(month) === records.size) continue;
      months.set(month, records.size);
      for (const record of records.values()) {
        if (record.kind !== 'blocker' || docs.has(`blocker:${record.id}`)) continue;
        const { resolution } = record;
        if (resolution?.lesson == null) continue;
        add({ id: `blocker:${record.id}`, kind: 'blocker-lesson', postmortemId: null, blockerId: record.id, title: record.what, passages: [resolution.lesson, resolution.how], tags: [], at: resolution.at });
      }
    }
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
      syncPostmortems();
      syncBlockerLessons();
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
