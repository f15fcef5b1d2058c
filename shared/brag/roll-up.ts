import type { Blocker } from '../domain/blocker.ts';
import type { BragAssignments, BragCategory } from '../domain/brag.ts';
import type { Commitment } from '../domain/commitment.ts';
import { monthOf } from '../store/layout.ts';
import type { Period } from '../status/period.ts';
import type { BragItem, BragLesson } from './channels.ts';
import { placeItem } from './categorize.ts';
import type { CompletedPostmortem } from './postmortems.ts';
import { postmortemRoute } from '../postmortem/steps.ts';

export interface BragSources {
  period: Period;
  /** Commitments from the archives of the quarter (and any open ones): only those done in it count. */
  commitments: Commitment[];
  blockers: Blocker[];
  postmortems: CompletedPostmortem[];
  categories: readonly BragCategory[];
  assignments: BragAssignments;
}

export interface BragRollUp {
  categories: { id: string; name: string; items: BragItem[] }[];
  lessons: BragLesson[];
  counts: { closed: number; shipped: number; postmortems: number; lessons: number };
}

function within(iso: string | null, period: Period): iso is string {
  if (iso === null) return false;
  const at = Date.parse(iso);
  return at >= period.from.getTime() && at <= period.to.getTime();
}

/** Done with a definition of shipped whose every item is checked. */
export function isShipped(commitment: Commitment): boolean {
  return commitment.status === 'done' && commitment.checklist.length > 0 && commitment.checklist.every((entry) => entry.checked);
}

type Draft = Omit<BragItem, 'placement'>;

/** Work of the same title is one line: promised and done three times, it reads "×3". */
function merged(items: Draft[]): Draft[] {
  const byTitle = new Map<string, Draft>();
  for (const item of items.sort((a, b) => a.lastAt.localeCompare(b.lastAt))) {
    const key = `${item.kind}:${item.title.trim().toLocaleLowerCase()}`;
    const same = byTitle.get(key);
    byTitle.set(
      key,
      same
        ? { ...same, ids: [...same.ids, ...item.ids], link: item.link ?? same.link, people: [...new Set([...same.people, ...item.people])], shipped: same.shipped + item.shipped, lastAt: item.lastAt }
        : item,
    );
  }
  return [...byTitle.values()];
}

/**
 * The quarter's roll-up: what was done (commitments closed as done, shipped ones marked),
 * postmortems completed, each once, under the category its keywords or the user chose; and
 * the lessons of blockers resolved and postmortems completed in the quarter.
 */
export function bragRollUp({ period, commitments, blockers, postmortems, categories, assignments }: BragSources): BragRollUp {
  const done = commitments.filter((commitment) => commitment.status === 'done' && within(commitment.closedAt, period));
  const completed = postmortems.filter((postmortem) => within(postmortem.completedAt, period));
  const drafts = merged([
    ...done.map((commitment) => ({
      kind: 'commitment' as const,
      title: commitment.title,
      ids: [commitment.id],
      link: `/closed/${monthOf(commitment.closedAt ?? commitment.updatedAt)}/${commitment.id}`,
      people: commitment.promisedTo === null ? [] : [commitment.promisedTo],
      shipped: isShipped(commitment) ? 1 : 0,
      lastAt: commitment.closedAt ?? commitment.updatedAt,
    })),
    ...completed.map((postmortem) => ({
      kind: 'postmortem' as const,
      title: `Postmortem: ${postmortem.title}`,
      ids: [postmortem.id],
      link: postmortemRoute(postmortem.id),
      people: [],
      shipped: 0,
      lastAt: postmortem.completedAt,
    })),
  ]);
  const sections = categories.map((category) => ({ id: category.id, name: category.name, items: [] as BragItem[] }));
  for (const draft of drafts) {
    const { categoryId, placement } = placeItem(draft, categories, assignments);
    sections.find((section) => section.id === categoryId)?.items.push({ ...draft, placement });
  }
  for (const section of sections) section.items.sort((a, b) => b.ids.length - a.ids.length || a.lastAt.localeCompare(b.lastAt));

  const lessons: BragLesson[] = [];
  for (const blocker of blockers) {
    const resolution = blocker.resolution;
    if (resolution?.lesson && within(resolution.at, period)) lessons.push({ text: resolution.lesson, from: 'blocker', about: blocker.what, at: resolution.at });
  }
  for (const postmortem of completed) for (const lesson of postmortem.lessons) lessons.push({ text: lesson, from: 'postmortem', about: postmortem.title, at: postmortem.completedAt });
  const distinct = [...new Map(lessons.sort((a, b) => a.at.localeCompare(b.at)).map((lesson) => [lesson.text.toLocaleLowerCase(), lesson])).values()];

  return {
    categories: sections,
    lessons: distinct,
    counts: { closed: done.length, shipped: done.filter(isShipped).length, postmortems: completed.length, lessons: distinct.length },
  };
}
