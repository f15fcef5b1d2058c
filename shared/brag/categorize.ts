import type { BragAssignments, BragCategory } from '../domain/brag.ts';

/** Why an item is under its category: moved there by the user, a keyword, or nothing matched. */
export type Placement = { by: 'you' } | { by: 'keyword'; keyword: string } | { by: 'default' };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A keyword matches where a word of the title starts with it: "doc" finds "docs", not "paradox". */
export function keywordIn(title: string, keyword: string): boolean {
  const word = keyword.trim().toLocaleLowerCase();
  return word !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'u').test(title.toLocaleLowerCase());
}

/**
 * The category of an item: where the user moved it (any of its records), else the first
 * category with a keyword in its title, else the first category of the list.
 */
export function placeItem(item: { ids: readonly string[]; title: string }, categories: readonly BragCategory[], assignments: BragAssignments): { categoryId: string; placement: Placement } {
  const known = new Set(categories.map((category) => category.id));
  const assigned = item.ids.map((id) => assignments[id]).find((categoryId) => categoryId !== undefined && known.has(categoryId));
  if (assigned !== undefined) return { categoryId: assigned, placement: { by: 'you' } };
  for (const category of categories) {
    const keyword = category.keywords.find((candidate) => keywordIn(item.title, candidate));
    if (keyword !== undefined) return { categoryId: category.id, placement: { by: 'keyword', keyword } };
  }
  return { categoryId: categories[0]?.id ?? '', placement: { by: 'default' } };
}
