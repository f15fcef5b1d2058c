import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import type { PostmortemOrigin } from '../../../shared/domain/postmortem.ts';
import { postmortemRoute } from '../../../shared/postmortem/steps.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand } from '../../journal-query.ts';
import { Dialog } from '../Dialog.tsx';
import { fromLocalInput, toLocalInput } from './draft.ts';

interface StartPostmortemDialogProps {
  onClose: () => void;
  title?: string;
  /** When it happened, if known (a blocker's start); now otherwise. */
  happenedAt?: string;
  origin?: PostmortemOrigin | null;
}

/**
 * Starting a postmortem: what went wrong and when. The flow opens at its first step, with the
 * timeline already holding what the journal recorded around that time.
 */
export function StartPostmortemDialog({ onClose, title = '', happenedAt, origin = null }: StartPostmortemDialogProps) {
  const id = useId();
  const [what, setWhat] = useState(title);
  const [when, setWhen] = useState(() => toLocalInput(happenedAt ?? new Date().toISOString()));
  const start = useJournalCommand('ownlog:postmortem-start');
  const { announce } = useCommitmentActions();
  const [, navigate] = useLocation();
  const happened = fromLocalInput(when);

  return (
    <Dialog
      title="Start a postmortem"
      onClose={onClose}
      onSubmit={() => {
        if (start.isPending || happened === null) return;
        start.mutate(
          { title: what, happenedAt: happened, origin },
          {
            onSuccess: (view) => {
              announce(`Postmortem started: ${view.postmortem.title}`);
              onClose();
              navigate(postmortemRoute(view.postmortem.id, 'acknowledge'));
            },
          },
        );
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={start.isPending || happened === null}>
            Start
          </button>
        </>
      }
    >
      <p className="dialog-lead">Blameless: what went wrong, not who. Owning it early is what builds trust.</p>
      <div className="field">
        <label htmlFor={`${id}-title`}>What went wrong?</label>
        <input id={`${id}-title`} type="text" value={what} autoFocus autoComplete="off" placeholder="e.g. Checkout errors after the Friday deploy" aria-invalid={start.isError} onChange={(event) => setWhat(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When did it happen?</label>
        <input id={`${id}-when`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
      </div>
      <p className="form-error" role="alert">
        {start.error?.message}
      </p>
    </Dialog>
  );
}
