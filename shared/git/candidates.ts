import type { GitCommit, GitLogAnswer, GitProblem } from './port.ts';
import { repositoryName } from './repo-name.ts';

export interface CandidateLine {
  /** The line as it would be added: the subject, and the repository it is from. */
  text: string;
  subject: string;
  hash: string;
  authoredAt: string;
}

export interface RepositoryCandidates {
  folder: string;
  name: string;
  problem: { kind: GitProblem; message: string } | null;
  lines: CandidateLine[];
  /** Commits left out because a commitment closed in the period already says the same. */
  alreadyClosed: { subject: string; title: string }[];
}

/** Commits that only exist to be folded into another one: never news. */
const FOLD_UP = /^(fixup|squash|amend)! /;

/**
 * A subject or a title reduced to its words: lower case, without a conventional-commit type
 * ("fix(api): …"), a leading "[tag]", or a trailing issue or pull request number ("(#123)").
 */
export function workWords(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/^\s*\[[^\]]*\]\s*/, '')
    .replace(/^\s*[a-z]+(\([^)]*\))?!?:\s*/, '')
    .replace(/\s*\(?#\d+\)?\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a commit and a commitment describe the same work: the same words, or the shorter
 * (of at least three words) found whole within the longer — "fix: flaky login test (#482)"
 * is "Fix the flaky login test".
 */
export function sameWork(subject: string, title: string): boolean {
  const a = workWords(subject);
  const b = workWords(title);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.split(' ').length >= 3 && ` ${longer} `.includes(` ${shorter} `);
}

/**
 * One repository's commits as candidate lines, oldest first: each piece of work once (a
 * rebased or cherry-picked commit keeps its subject), without fix-ups, and without what a
 * commitment closed in the period already says.
 */
export function candidatesOf(folder: string, answer: GitLogAnswer, closedTitles: readonly string[]): RepositoryCandidates {
  const name = repositoryName(folder);
  if (!answer.ok) return { folder, name, problem: { kind: answer.problem, message: answer.message }, lines: [], alreadyClosed: [] };
  const lines: CandidateLine[] = [];
  const alreadyClosed: { subject: string; title: string }[] = [];
  const seen = new Set<string>();
  for (const commit of [...answer.commits].sort((a: GitCommit, b: GitCommit) => a.authoredAt.localeCompare(b.authoredAt))) {
    const subject = commit.subject.trim();
    const words = workWords(subject);
    if (subject === '' || FOLD_UP.test(subject) || seen.has(words)) continue;
    seen.add(words);
    const title = closedTitles.find((candidate) => sameWork(subject, candidate));
    if (title !== undefined) alreadyClosed.push({ subject, title });
    else lines.push({ text: `${subject} (${name})`, subject, hash: commit.hash, authoredAt: commit.authoredAt });
  }
  return { folder, name, problem: null, lines, alreadyClosed };
}
