import { z } from 'zod';
import type { Blocker } from '../domain/blocker.ts';

/** The parts of a good help request the user has not written yet. */
export const HelpRequestPart = z.enum(['attempts', 'evidence', 'theory', 'ask']);
export type HelpRequestPart = z.infer<typeof HelpRequestPart>;

export const HelpRequestDraft = z.strictObject({
  markdown: z.string(),
  plain: z.string(),
  missing: z.array(HelpRequestPart),
});
export type HelpRequestDraft = z.infer<typeof HelpRequestDraft>;

type DraftSource = Pick<Blocker, 'what' | 'attempts' | 'evidence' | 'theory' | 'ask'>;

/** One line of the user's words, without the full stop the sentence around it adds. */
function clause(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.!;,:\s]+$/, '');
}

/** Evidence is kept as pasted; only the blank lines at its ends are left out of the draft. */
function evidenceBody(evidence: string): string {
  return evidence.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/** A code fence longer than any run of backticks inside the evidence, so it cannot end early. */
function fenceFor(text: string): string {
  let longest = 0;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function closingSentence(theory: string, ask: string): string | null {
  if (theory !== '' && ask !== '') return `I think it's ${theory}, but I need ${ask}.`;
  if (theory !== '') return `I think it's ${theory}.`;
  if (ask !== '') return `I need ${ask}.`;
  return null;
}

/**
 * The help request in the shape of the two-hour rule: "I'm stuck on <what>. I've tried:
 * 1. … — <result> 2. … Here is the evidence: … I think it's <theory>, but I need <ask>."
 * A part the user has not written is left out of the text and named in `missing`, so the
 * draft never carries a placeholder into a message.
 */
export function draftHelpRequest(blocker: DraftSource): HelpRequestDraft {
  const theory = clause(blocker.theory);
  const ask = clause(blocker.ask);
  const evidence = evidenceBody(blocker.evidence);
  const attempts = blocker.attempts.map((attempt, index) => {
    const showed = clause(attempt.showed);
    return `${index + 1}. ${clause(attempt.tried)}${showed === '' ? '' : ` — ${showed}`}`;
  });
  const closing = closingSentence(theory, ask);
  const opening = `I'm stuck on ${clause(blocker.what)}.`;

  const plain = [opening];
  const markdown = [opening];
  if (attempts.length > 0) {
    plain.push(`I've tried:\n${attempts.join('\n')}`);
    markdown.push(`I've tried:\n\n${attempts.join('\n')}`);
  }
  if (evidence !== '') {
    const fence = fenceFor(evidence);
    plain.push(`Here is the evidence:\n${evidence}`);
    markdown.push(`Here is the evidence:\n\n${fence}text\n${evidence}\n${fence}`);
  }
  if (closing !== null) {
    plain.push(closing);
    markdown.push(closing);
  }

  const missing: HelpRequestPart[] = [];
  if (attempts.length === 0) missing.push('attempts');
  if (evidence === '') missing.push('evidence');
  if (theory === '') missing.push('theory');
  if (ask === '') missing.push('ask');
  return { markdown: markdown.join('\n\n'), plain: plain.join('\n\n'), missing };
}
