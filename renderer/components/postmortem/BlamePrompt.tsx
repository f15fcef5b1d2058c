import { findBlame } from '../../../shared/postmortem/blame.ts';

/**
 * The blameless check under an answer: a gentle question when the answer names a person as
 * the cause. It never stops the user from going on.
 */
export function BlamePrompt({ text, people, id }: { text: string; people: readonly string[]; id: string }) {
  const finding = findBlame(text, people);
  return (
    <p id={id} className={finding ? 'blame-prompt' : 'field-hint'} role={finding ? 'note' : undefined} aria-live="polite">
      {finding?.prompt}
    </p>
  );
}
