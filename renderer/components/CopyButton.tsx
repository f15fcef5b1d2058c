import { useCommitmentActions } from '../commitment-actions.tsx';
import { useJournalCommand } from '../journal-query.ts';

/**
 * Copies text through the main process (the page has no clipboard permission of its own) and
 * says so in the status line.
 */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const copy = useJournalCommand('ownlog:clipboard-write-text');
  const { announce } = useCommitmentActions();
  return (
    <button
      type="button"
      className="copy-button"
      disabled={text.trim() === '' || copy.isPending}
      onClick={() => copy.mutate({ text }, { onSuccess: () => announce(`Copied ${what}.`), onError: (error) => announce(error.message) })}
    >
      {label}
    </button>
  );
}
