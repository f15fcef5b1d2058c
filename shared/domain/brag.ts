import { z } from 'zod';
import { RecordId } from './record-id.ts';

export const CATEGORIES_MAX = 12;
export const KEYWORDS_MAX = 40;
export const ASSIGNMENTS_MAX = 5000;

export const CategoryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid category id.');

/**
 * A heading of the brag doc, and the words that put an item under it. The first category with
 * a keyword that starts a word of an item's title takes it; what no keyword places goes to the
 * first category of the list. Only the title is read: notes and sources say where a promise
 * came from ("#review"), not what the work was.
 */
export const BragCategory = z.strictObject({
  id: CategoryId,
  name: z.string().trim().min(1, 'Name the category.').max(60, 'Keep a category name under 60 characters.'),
  keywords: z.array(z.string().trim().toLowerCase().min(1).max(40, 'Keep a keyword under 40 characters.')).max(KEYWORDS_MAX, `At most ${KEYWORDS_MAX} keywords a category.`),
});
export type BragCategory = z.infer<typeof BragCategory>;

export const BragCategories = z
  .array(BragCategory)
  .min(1, 'Keep at least one category: what no keyword places goes to the first.')
  .max(CATEGORIES_MAX, `At most ${CATEGORIES_MAX} categories.`)
  .refine((categories) => new Set(categories.map((category) => category.name.toLocaleLowerCase())).size === categories.length, 'Two categories have the same name.')
  .refine((categories) => new Set(categories.map((category) => category.id)).size === categories.length, 'Two categories have the same id.');

/** Items the user put under a category by hand, by record id: stronger than any keyword. */
export const BragAssignments = z
  .record(RecordId, CategoryId)
  .refine((assignments) => Object.keys(assignments).length <= ASSIGNMENTS_MAX, `At most ${ASSIGNMENTS_MAX} items can be placed by hand.`);
export type BragAssignments = z.infer<typeof BragAssignments>;

export const DEFAULT_BRAG_CATEGORIES: BragCategory[] = [
  { id: 'projects', name: 'Projects', keywords: [] },
  {
    id: 'collaboration',
    name: 'Collaboration and mentorship',
    keywords: ['mentor', 'pair', 'onboard', 'review', 'coach', 'teach', 'handover'],
  },
  {
    id: 'design-docs',
    name: 'Design and documentation',
    keywords: ['design', 'doc', 'rfc', 'runbook', 'write up', 'write-up', 'adr', 'spec', 'readme', 'architecture', 'why we'],
  },
  {
    id: 'beyond',
    name: 'Outside the job description',
    keywords: ['interview', 'hiring', 'recruit', 'talk', 'meetup', 'conference', 'blog', 'volunteer'],
  },
];
