import type { Postmortem } from '../domain/postmortem.ts';

/** A postmortem as the brag doc reads it: completed, with when and what it taught. */
export interface CompletedPostmortem {
  id: string;
  title: string;
  completedAt: string;
  lessons: string[];
}

/** The postmortem if it is complete; a draft is not something to show yet. */
export function completedPostmortem(postmortem: Postmortem): CompletedPostmortem | null {
  if (postmortem.status !== 'complete' || postmortem.completedAt === null) return null;
  return { id: postmortem.id, title: postmortem.title, completedAt: postmortem.completedAt, lessons: postmortem.lessons.map((lesson) => lesson.text) };
}
