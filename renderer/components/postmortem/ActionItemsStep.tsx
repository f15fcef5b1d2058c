import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PostmortemView } from '../../../shared/postmortem/view.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { formatDue } from '../../format.ts';
import { useJournalCommand } from '../../journal-query.ts';
import { DueField, useParsedDue } from '../DueField.tsx';
import { usePendingInput, type RegisterPending } from './draft.ts';

const STATUS_LABEL = { open: 'Open', done: 'Done', dropped: 'Dropped', deleted: 'Deleted' } as const;

type ActionItem = PostmortemView['actionItems'][number];

function itemRoute(item: ActionItem): string | null {
  if (item.status === 'deleted') return null;
  return item.month === null ? `/commitment/${item.commitmentId}` : `/closed/${item.month}/${item.commitmentId}`;
}

/**
 * Step 7: prevention as real commitments. Each action item is saved as a commitment (source
 * "postmortem") and tracked in Open loops until it is done; here it shows its live status.
 */
export function ActionItemsStep({ view, pending }: { view: PostmortemView; pending: RegisterPending }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [dueText, setDueText] = useState('');
  const [person, setPerson] = useState('');
  const due = useParsedDue(dueText);
  const add = useJournalCommand('ownlog:postmortem-action-add');
  const { announce } = useCommitmentActions();
  const now = new Date();
  const { done, total } = view.progress;
  // An action item becomes a commitment, so it is made only on purpose, never on the way out.
  usePendingInput(pending, 'action-item', () => (title.trim() === '' ? null : { stop: `Add “${title.trim()}” to Open loops (Enter), or clear it, before moving on.` }));

  return (
    <>
      <p className="step-lead">Each action item becomes a commitment in Open loops, with a date and someone to tell — prevention that is tracked gets done.</p>
      <p className="pm-figure">
        <strong>
          {done} of {total}
        </strong>{' '}
        action items done
      </p>
      {view.actionItems.length > 0 && (
        <ul className="pm-actions" aria-label="Action items">
          {view.actionItems.map((item) => {
            const route = itemRoute(item);
            return (
              <li key={item.commitmentId} className={`pm-action pm-action-${item.status}`}>
                <span className={`status status-${item.status === 'deleted' ? 'dropped' : item.status}`}>{STATUS_LABEL[item.status]}</span>
                {route ? <Link href={route}>{item.title}</Link> : <span>{item.title}</span>}
                <span className="pm-action-meta">
                  {item.due ? `due ${formatDue(item.due, now)}` : item.status === 'open' ? 'no due date yet' : ''}
                  {item.promisedTo && ` · for ${item.promisedTo}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="panel"
        aria-label="Add an action item"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (add.isPending) return;
          add.mutate(
            { id: view.postmortem.id, title, due, promisedTo: person.trim() === '' ? null : person },
            {
              onSuccess: () => {
                announce(`Action item added to Open loops: ${title.trim()}`);
                setTitle('');
                setDueText('');
                setPerson('');
              },
            },
          );
        }}
      >
        <h2>Add an action item</h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>What will be done</label>
          <input id={`${id}-title`} type="text" value={title} autoComplete="off" placeholder="e.g. Make the deploy check for long-running locks" aria-invalid={add.isError} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="field-row">
          <DueField label="By when" text={dueText} due={due} onText={setDueText} />
          <div className="field">
            <label htmlFor={`${id}-person`}>Promised to</label>
            <input id={`${id}-person`} type="text" value={person} autoComplete="off" placeholder="e.g. Priya" onChange={(event) => setPerson(event.target.value)} />
          </div>
        </div>
        {dueText.trim() !== '' && due === null && <p className="field-hint">Ownlog does not read that as a date yet; it will be added without one.</p>}
        <div className="form-actions">
          <button type="submit" disabled={title.trim() === '' || add.isPending}>
            Add to Open loops
          </button>
        </div>
        <p className="form-error" role="alert">
          {add.error?.message}
        </p>
      </form>
    </>
  );
}
