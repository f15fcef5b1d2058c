import { useState } from 'react';
import { useLocation } from 'wouter';
import { LIBRARY_ROUTE } from '../../../shared/postmortem/steps.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand } from '../../journal-query.ts';
import { Dialog } from '../Dialog.tsx';

/** Deletes a draft started by mistake, after asking. Its action items stay commitments. */
export function DeletePostmortemButton({ id, title }: { id: string; title: string }) {
  const [asking, setAsking] = useState(false);
  const remove = useJournalCommand('ownlog:postmortem-delete');
  const { announce } = useCommitmentActions();
  const [, navigate] = useLocation();
  return (
    <>
      <button type="button" className="danger-link" onClick={() => setAsking(true)}>
        Delete draft…
      </button>
      {asking && (
        <Dialog
          title={`Delete “${title}”?`}
          onClose={() => setAsking(false)}
          onSubmit={() =>
            remove.mutate(
              { id },
              {
                onSuccess: () => {
                  announce(`Deleted the postmortem draft “${title}”.`);
                  navigate(LIBRARY_ROUTE);
                },
              },
            )
          }
          actions={
            <>
              <button type="button" onClick={() => setAsking(false)}>
                Keep it
              </button>
              <button type="submit" className="danger" disabled={remove.isPending}>
                Delete for good
              </button>
            </>
          }
        >
          <p className="dialog-lead">For a postmortem started by mistake. Its action items stay in Open loops as commitments.</p>
          <p className="form-error" role="alert">
            {remove.error?.message}
          </p>
        </Dialog>
      )}
    </>
  );
}
