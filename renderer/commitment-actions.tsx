import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UNDO_WINDOW_MS } from '../shared/commitments/undo.ts';
import type { Commitment } from '../shared/domain/commitment.ts';
import { CommitmentDialogs, type OpenDialog } from './components/CommitmentDialogs.tsx';
import { request } from './journal-query.ts';
import { useShortcuts } from './keyboard.ts';

export interface CommitmentActions {
  /** Done; asks first when items of the definition of shipped are unchecked. */
  done: (commitment: Commitment) => void;
  renegotiate: (commitment: Commitment) => void;
  drop: (commitment: Commitment) => void;
  remove: (commitment: Commitment) => void;
  addScope: (commitment: Commitment) => void;
  /** What was decided and why (Shift+D, from any screen). */
  recordDecision: () => void;
  /** Takes back the last close, while the undo bar shows. */
  undo: () => void;
  /** Says something to the user (and to screen readers) in the status line. */
  announce: (message: string) => void;
  dialogOpen: boolean;
}

const ActionsContext = createContext<CommitmentActions | null>(null);

export function useCommitmentActions(): CommitmentActions {
  const actions = use(ActionsContext);
  if (!actions) throw new Error('useCommitmentActions needs a CommitmentActionsProvider.');
  return actions;
}

interface Undoable {
  id: string;
  message: string;
}

/**
 * The actions on a commitment, shared by the list and the detail view: the dialogs they open,
 * the undo bar after a close, and the status line that says what happened.
 */
export function CommitmentActionsProvider({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [status, setStatus] = useState('');
  useShortcuts({ D: () => setDialog({ kind: 'decision' }) });

  // The bar goes when the journal would refuse the undo anyway.
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undoable]);

  const closed = useCallback((commitment: Commitment, verb: string) => {
    setUndoable({ id: commitment.id, message: `${verb}: ${commitment.title}` });
    setStatus(`${verb}: ${commitment.title}`);
  }, []);

  const actions = useMemo<CommitmentActions>(
    () => ({
      done(commitment) {
        const unchecked = commitment.checklist.filter((entry) => !entry.checked).map((entry) => entry.item);
        if (unchecked.length > 0) {
          setDialog({ kind: 'confirm-done', commitment, unchecked });
          return;
        }
        request('ownlog:commitment-close-done', { id: commitment.id }).then(
          (done) => closed(done, 'Done'),
          (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
        );
      },
      renegotiate: (commitment) => setDialog({ kind: 'renegotiate', commitment }),
      drop: (commitment) => setDialog({ kind: 'drop', commitment }),
      remove: (commitment) => setDialog({ kind: 'delete', commitment }),
      addScope: (commitment) => setDialog({ kind: 'scope', commitment }),
      recordDecision: () => setDialog({ kind: 'decision' }),
      undo() {
        if (!undoable) return;
        request('ownlog:commitment-undo-close', { id: undoable.id }).then(
          (restored) => {
            setUndoable(null);
            setStatus(`Undone: ${restored.title} is open again`);
          },
          (error: unknown) => {
            setUndoable(null);
            setStatus(error instanceof Error ? error.message : String(error));
          },
        );
      },
      announce: setStatus,
      dialogOpen: dialog !== null,
    }),
    [closed, dialog, undoable],
  );

  return (
    <ActionsContext value={actions}>
      {children}
      {dialog && (
        <CommitmentDialogs
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={(message, closedCommitment) => {
            setDialog(null);
            if (closedCommitment) closed(closedCommitment, message);
            else setStatus(message);
          }}
        />
      )}
      <div className="undo-bar" role="status" aria-live="polite">
        {undoable ? (
          <>
            <span>{undoable.message}</span>
            <button type="button" onClick={actions.undo}>
              Undo <kbd>u</kbd>
            </button>
          </>
        ) : (
          status && <span className="status-text">{status}</span>
        )}
      </div>
    </ActionsContext>
  );
}
