import type { Postmortem } from '../domain/postmortem.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import { postmortemSummary } from './build-view.ts';
import { FACTOR_CATEGORIES } from './steps.ts';
import { stemKey } from './terms.ts';
import type { PostmortemLibrary } from './view.ts';

/** Newest first by when it happened; of two at once, the one written later. */
function newestFirst(a: Postmortem, b: Postmortem): number {
  return b.happenedAt.localeCompare(a.happenedAt) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * What keeps coming back: for each kind of factor, how many postmortems name one; and each
 * factor named in two postmortems or more. Two wordings are one factor when their stems are
 * the same ("No alert on error rate", "no alerts on the error rates"). Pure.
 */
export function recurringFactors(postmortems: readonly Postmortem[]): Pick<PostmortemLibrary, 'factors' | 'recurring'> {
  const sorted = [...postmortems].sort(newestFirst);
  const factors = FACTOR_CATEGORIES.map((category) => ({ category, postmortems: sorted.filter((postmortem) => postmortem.factors.some((factor) => factor.category === category)).length }))
    .filter((count) => count.postmortems > 0)
    .sort((a, b) => b.postmortems - a.postmortems);
  const byKey = new Map<string, PostmortemLibrary['recurring'][number] & { seenIn: Set<string> }>();
  for (const postmortem of sorted) {
    for (const factor of postmortem.factors) {
      const key = `${factor.category}:${stemKey(factor.text)}`;
      const known = byKey.get(key) ?? { category: factor.category, text: factor.text.trim(), postmortems: 0, seenIn: new Set<string>() };
      known.seenIn.add(postmortem.id);
      known.postmortems = known.seenIn.size;
      byKey.set(key, known);
    }
  }
  const recurring = [...byKey.values()]
    .filter((factor) => factor.postmortems > 1)
    .sort((a, b) => b.postmortems - a.postmortems || a.text.localeCompare(b.text))
    .map(({ category, text, postmortems: count }) => ({ category, text, postmortems: count }));
  return { factors, recurring };
}

/** Every postmortem, newest first, with what keeps coming back. All are in `live`: no archive is read for the list. */
export function postmortemLibrary(context: JournalContext): PostmortemLibrary {
  const postmortems = ofKind(context.live.values(), 'postmortem').sort(newestFirst);
  return { postmortems: postmortems.map((postmortem) => postmortemSummary(context, postmortem)), ...recurringFactors(postmortems) };
}
