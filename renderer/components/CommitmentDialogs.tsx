import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { REASON } from '../../shared/commitments/reason.ts';
import type { Commitment } from '../../shared/domain/commitment.ts';
import type { RequestInputMap } from '../../shared/ipc/contract.ts';
import { formatDue } from '../format.ts';
import { request, useJournalCommand } from '../journal-query.ts';
import { CopyButton } from './CopyButton.tsx';
import { Dialog } from './Dialog.tsx';
import { DueField, useParsedDue } from './DueField.tsx';

export type OpenDialog =
  | { kind: 'renegotiate'; commitment: Commitment }
  | { kind: 'drop'; commitment: Commitment }
  | { kind: 'delete'; commitment: Commitment }
  | { kind: 'confirm-done'; commitment: Commitment; unchecked: string[] }
  | { kind: 'scope'; commitment: Commitment }
  | { kind: 'decision' };

interface DialogsProps {
  dialog: OpenDialog;
  onClose: () => void;
  /** The action went through: what to tell the user, and the commitment if it was closed. */
  onDone: (message: string, closed?: Commitment) => void;
}

export function CommitmentDialogs({ dialog, onClose, onDone }: DialogsProps) {
  switch (dialog.kind) {
    case 'renegotiate':
      return <RenegotiateDialog commitment={dialog.commitment} onClose={onClose} onDone={onDone} />;
    case 'drop':
      return <DropDialog commitment={dialog.commitment} onClose={onClose} onDone={onDone} />;
    case 'delete':
      return <DeleteDialog commitment={dialog.commitment} onClose={onClose} onDone={onDone} />;
    case 'confirm-done':
      return <ConfirmDoneDialog commitment={dialog.commitment} unchecked={dialog.unchecked} onClose={onClose} onDone={onDone} />;
    case 'scope':
      return <ScopeDialog commitment={dialog.commitment} onClose={onClose} onDone={onDone} />;
    case 'decision':
      return <DecisionDialog onClose={onClose} onDone={onDone} />;
  }
}

type One = Omit<DialogsProps, 'dialog'> & { commitment: Commitment };

/** A drafted message the user can edit; until they do, it follows the draft. */
function useDraftedText(draft: RequestInputMap['ownlog:commitment-draft'] | null) {
  const [edited, setEdited] = useState<string | null>(null);
  const drafted = useQuery({
    queryKey: ['ownlog:commitment-draft', draft],
    queryFn: () => (draft ? request('ownlog:commitment-draft', draft) : Promise.resolve({ text: '' })),
    enabled: draft !== null,
    staleTime: 0,
  });
  return { text: edited ?? drafted.data?.text ?? '', setText: setEdited };
}

/** Selects the draft's [reason], so what the user types replaces it. */
function selectReason(field: HTMLTextAreaElement): void {
  const at = field.value.indexOf(REASON);
  if (at >= 0) field.setSelectionRange(at, at + REASON.length);
}

function MessageField({ label, text, onText, hint, rows = 5 }: { label: string; text: string; onText: (text: string) => void; hint?: string; rows?: number }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  // The draft can arrive after the field took the focus (the dialog focuses it on open).
  const hasReason = text.includes(REASON);
  useEffect(() => {
    if (hasReason && ref.current && document.activeElement === ref.current) selectReason(ref.current);
  }, [hasReason]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea ref={ref} id={id} rows={rows} value={text} onChange={(event) => onText(event.target.value)} onFocus={(event) => selectReason(event.currentTarget)} />
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}

function ErrorLine({ error }: { error: Error | null }) {
  return (
    <p className="form-error" role="alert">
      {error?.message}
    </p>
  );
}

function RenegotiateDialog({ commitment, onClose, onDone }: One) {
  const [dueText, setDueText] = useState('');
  const due = useParsedDue(dueText);
  const message = useDraftedText(due ? { kind: 'renegotiate', id: commitment.id, due } : null);
  const save = useJournalCommand('ownlog:commitment-renegotiate');
  const now = new Date();
  const late = commitment.due !== null && commitment.due < now.toISOString();
  return (
    <Dialog
      title={`Renegotiate “${commitment.title}”`}
      onClose={onClose}
      onSubmit={() => {
        if (!due) return;
        save.mutate({ id: commitment.id, due, message: message.text }, { onSuccess: (changed) => onDone(`Renegotiated: ${changed.title} is now due ${formatDue(due, now)}`) });
      }}
      actions={
        <>
          <CopyButton text={message.text} label="Copy message" what="the message" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!due || save.isPending}>
            Save new date
          </button>
        </>
      }
    >
      <p className="dialog-lead">
        {commitment.due ? `Due ${formatDue(commitment.due, now)}${commitment.promisedTo ? ` to ${commitment.promisedTo}` : ''}.` : 'No date yet.'}{' '}
        {late ? 'It has passed: this is recorded as a late renegotiation.' : 'Asked before the date passes, this counts as on time.'}
      </p>
      <DueField label="New date" text={dueText} due={due} onText={setDueText} autoFocus />
      <MessageField label={commitment.promisedTo ? `Message to ${commitment.promisedTo}` : 'Note for the record'} text={message.text} onText={message.setText} hint={`Replace ${REASON} with yours; the message is kept with the commitment’s history.`} />
      <ErrorLine error={save.error} />
    </Dialog>
  );
}

function DropDialog({ commitment, onClose, onDone }: One) {
  const note = useDraftedText({ kind: 'drop', id: commitment.id });
  const drop = useJournalCommand('ownlog:commitment-drop');
  return (
    <Dialog
      title={`Drop “${commitment.title}”`}
      onClose={onClose}
      onSubmit={() => drop.mutate({ id: commitment.id, note: note.text }, { onSuccess: (dropped) => onDone('Dropped', dropped) })}
      actions={
        <>
          <CopyButton text={note.text} label="Copy note" what="the note" />
          <button type="button" onClick={onClose}>
            Keep it
          </button>
          <button type="submit" className="danger" disabled={drop.isPending}>
            Drop it
          </button>
        </>
      }
    >
      <p className="dialog-lead">Dropping is an honest ending: it says so to the person, and the note is kept.</p>
      <MessageField label={commitment.promisedTo ? `Note to ${commitment.promisedTo}` : 'Why it is dropped'} text={note.text} onText={note.setText} />
      <ErrorLine error={drop.error} />
    </Dialog>
  );
}

function DeleteDialog({ commitment, onClose, onDone }: One) {
  const remove = useJournalCommand('ownlog:commitment-delete');
  const month = commitment.closedAt?.slice(0, 7);
  return (
    <Dialog
      title={`Delete “${commitment.title}”?`}
      onClose={onClose}
      onSubmit={() => remove.mutate(month ? { id: commitment.id, month } : { id: commitment.id }, { onSuccess: () => onDone(`Deleted: ${commitment.title}`) })}
      actions={
        <>
          <button type="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="submit" className="danger" disabled={remove.isPending}>
            Delete for good
          </button>
        </>
      }
    >
      <p className="dialog-lead">For a line captured by mistake: it is removed with its history and leaves no mark on your record. To end a real promise, drop it instead.</p>
      <ErrorLine error={remove.error} />
    </Dialog>
  );
}

function ConfirmDoneDialog({ commitment, unchecked, onClose, onDone }: One & { unchecked: string[] }) {
  const close = useJournalCommand('ownlog:commitment-close-done');
  return (
    <Dialog
      title={`Close “${commitment.title}” with items unchecked?`}
      onClose={onClose}
      onSubmit={() => close.mutate({ id: commitment.id, skipChecklist: true }, { onSuccess: (done) => onDone('Done', done) })}
      actions={
        <>
          <button type="button" onClick={onClose} autoFocus>
            Not yet
          </button>
          <button type="submit" className="primary" disabled={close.isPending}>
            Close, skipping {unchecked.length}
          </button>
        </>
      }
    >
      <p className="dialog-lead">Its definition of shipped is not complete. Skipped items are recorded with the commitment.</p>
      <ul className="unchecked">
        {unchecked.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ErrorLine error={close.error} />
    </Dialog>
  );
}

function ScopeDialog({ commitment, onClose, onDone }: One) {
  const [what, setWhat] = useState('');
  const [cost, setCost] = useState('1');
  const [whyNow, setWhyNow] = useState('');
  const costDays = Number(cost);
  const valid = what.trim() !== '' && Number.isFinite(costDays) && costDays > 0;
  const message = useDraftedText(valid ? { kind: 'scope', id: commitment.id, what, costDays, whyNow } : null);
  const add = useJournalCommand('ownlog:commitment-scope-add');
  const whatId = useId();
  const costId = useId();
  const whyId = useId();
  return (
    <Dialog
      wide
      title={`More work found on “${commitment.title}”`}
      onClose={onClose}
      onSubmit={() => add.mutate({ id: commitment.id, what, costDays, whyNow, message: message.text }, { onSuccess: () => onDone(`Recorded the extra work on ${commitment.title}; it waits for a decision`) })}
      actions={
        <>
          <CopyButton text={message.text} label="Copy message" what="the message" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid || add.isPending}>
            Record it
          </button>
        </>
      }
    >
      <p className="dialog-lead">Scope creep is a separate decision: record it with its cost and ask before doing it.</p>
      <div className="field">
        <label htmlFor={whatId}>What else needs attention</label>
        <input id={whatId} type="text" value={what} autoFocus onChange={(event) => setWhat(event.target.value)} placeholder="e.g. the retry queue" />
      </div>
      <div className="field-row">
        <div className="field field-narrow">
          <label htmlFor={costId}>Adds (days)</label>
          <input id={costId} type="number" min="0.5" step="0.5" value={cost} onChange={(event) => setCost(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={whyId}>Why now</label>
          <input id={whyId} type="text" value={whyNow} onChange={(event) => setWhyNow(event.target.value)} placeholder="e.g. it fails the same way under load" />
        </div>
      </div>
      <MessageField label={commitment.promisedTo ? `Message to ${commitment.promisedTo}` : 'Message'} text={message.text} onText={message.setText} rows={4} />
      <ErrorLine error={add.error} />
    </Dialog>
  );
}

/** What was decided and why: it goes into the weekly update. Shift+D opens it from anywhere. */
function DecisionDialog({ onClose, onDone }: Omit<DialogsProps, 'dialog'>) {
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const record = useJournalCommand('ownlog:decision-record');
  const whatId = useId();
  return (
    <Dialog
      title="Record a decision"
      onClose={onClose}
      onSubmit={() => record.mutate({ what, why }, { onSuccess: (decision) => onDone(`Decision recorded: ${decision.what}`) })}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={what.trim() === '' || record.isPending}>
            Record it
          </button>
        </>
      }
    >
      <p className="dialog-lead">Decisions feed the weekly update, with when and why.</p>
      <div className="field">
        <label htmlFor={whatId}>What was decided</label>
        <input id={whatId} type="text" value={what} autoFocus onChange={(event) => setWhat(event.target.value)} placeholder="e.g. Use Postgres advisory locks for the migration" />
      </div>
      <MessageField label="Why" text={why} onText={setWhy} rows={3} />
      <ErrorLine error={record.error} />
    </Dialog>
  );
}
