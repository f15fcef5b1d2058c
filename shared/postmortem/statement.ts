import { formatWhen } from '../commitments/drafts.ts';
import type { Postmortem } from '../domain/postmortem.ts';
import type { ActionItemView } from './action-items.ts';

/** What the draft leaves for the user to fill in, part by part. */
export const STATEMENT_PLACEHOLDERS = {
  happened: '[what happened]',
  cause: '[what you know of the cause so far]',
  now: '[what you are doing now]',
  fix: '[the fix, and when]',
  prevent: '[how we prevent it]',
} as const;

/** Zod-free, so the page can say which placeholder is left without asking the journal. */
export function placeholderIn(text: string): string | null {
  return Object.values(STATEMENT_PLACEHOLDERS).find((placeholder) => text.includes(placeholder)) ?? null;
}

/** One of the user's sentences as a clause: one line, without its closing full stop. */
function clause(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.!;,:\s]+$/, '');
}

function whatHappened(postmortem: Pick<Postmortem, 'title' | 'impact'>): string {
  const { who, what, duration } = postmortem.impact;
  const parts = [clause(postmortem.title)];
  if (clause(what) !== '') parts.push(clause(what));
  const affected = [clause(who) === '' ? '' : `it affected ${clause(who)}`, clause(duration) === '' ? '' : `for ${clause(duration)}`].filter(Boolean).join(' ');
  if (affected !== '') parts.push(affected);
  return parts.join('; ');
}

function fixAndWhen(items: readonly ActionItemView[], timeZone: string): string | null {
  const open = items.filter((item) => item.status === 'open' || item.status === 'done');
  if (open.length === 0) return null;
  return open.map((item) => (item.status === 'done' ? `${clause(item.title)} (done)` : item.due === null ? clause(item.title) : `${clause(item.title)} by ${formatWhen(item.due, timeZone)}`)).join('; ');
}

/**
 * The ownership statement, drafted from what the postmortem knows so far: "I own this. What
 * happened: … Root cause (so far): … What I'm doing now: … Fix and when: … How we prevent it:
 * …". Early in the flow most of it is still unknown, so it says so in brackets for the user to
 * fill in or leave out; it is theirs to edit before they send it.
 */
export function draftOwnershipStatement(postmortem: Pick<Postmortem, 'title' | 'impact' | 'whys' | 'factors' | 'resolution' | 'lessons'>, items: readonly ActionItemView[], timeZone: string): string {
  const cause = [...postmortem.whys].reverse().find((answer) => clause(answer) !== '');
  const prevent = postmortem.lessons.length > 0 ? postmortem.lessons.map((lesson) => clause(lesson.text)).join('; ') : postmortem.factors.map((factor) => clause(factor.text)).join('; ');
  return [
    'I own this.',
    `What happened: ${whatHappened(postmortem) || STATEMENT_PLACEHOLDERS.happened}.`,
    `Root cause (so far): ${cause === undefined ? STATEMENT_PLACEHOLDERS.cause : clause(cause)}.`,
    `What I'm doing now: ${clause(postmortem.resolution) || STATEMENT_PLACEHOLDERS.now}.`,
    `Fix and when: ${fixAndWhen(items, timeZone) ?? STATEMENT_PLACEHOLDERS.fix}.`,
    `How we prevent it: ${prevent || STATEMENT_PLACEHOLDERS.prevent}.`,
  ].join('\n');
}
