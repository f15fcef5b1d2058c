import { stemmer } from 'stemmer';

/**
 * How words are compared in the library: lower-cased and reduced to their stem by the Porter
 * stemmer, so "deploying", "deployed" and "deploys" are one word; the commonest English
 * words are left out, so they neither match everything nor make two factors differ.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have i in into is it its of on or our so that the their then there they this to was we were when which while with'.split(' '),
);

/** A word as the index keeps it, or null for a word not worth keeping. */
export function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  return stemmer(lower);
}

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** A text as its stems, in order: two wordings of the same factor have the same key. */
export function stemKey(text: string): string {
  return wordsOf(text)
    .map(termOf)
    .filter((term) => term !== null)
    .join(' ');
}
