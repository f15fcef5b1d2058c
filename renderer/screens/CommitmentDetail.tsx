import { useEffect, useId, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Commitment } from '../../shared/domain/commitment.ts';
import { OWNERSHIP_LEVELS } from '../../shared/domain/ownership.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { StartPostmortemDialog } from '../components/postmortem/StartPostmortemDialog.tsx';
import { DueField, useParsedDue } from '../components/DueField.tsx';
import { formatDue, formatUntil } from '../format.ts';
import { describeEvent } from '../history.ts';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';

/**
 * One commitment: every field editable while it is open, its checklist, scope and history.
 * Open commitments are at /commitment/:id; closed ones at /closed/:month/:id (the month names
 * their archive, so nothing else is read to find them).
 */
export function CommitmentDetail() {
  const { id, month } = useParams<{ id: string; month?: string }>();
  // Both routes render this component in the same place: a key per commitment and route gives
  // each its own state instead of carrying one view's state into the next.
  return <CommitmentView key={`${month ?? 'open'}/${id}`} id={id} month={month} />;
}

function CommitmentView({ id, month }: { id: string; month: string | undefined }) {
  const found = useJournalQuery('ownlog:commitment-get', month ? { id, month } : { id });
  const [, navigate] = useLocation();
  const back = month ? '/closed' : '/';
  const [errorsBefore] = useState(found.errorUpdateCount);
  // A failed refetch keeps the last answer: open then, gone now means it was closed or deleted
  // (here or in another window), so back to the list, where the undo is. Only a failure seen
  // while this view is open counts; the cache may still hold one from an earlier visit.
  const vanished = found.isError && found.data?.status === 'open' && found.errorUpdateCount > errorsBefore;
  useEffect(() => {
    if (vanished) navigate('/');
  }, [vanished, navigate]);
  useShortcuts({ Escape: () => navigate(back) });

  if (found.isError && !found.data) {
    return (
      <main className="screen">
        <Link href={back} className="back">
          ← Back
        </Link>
        <p className="load-error" role="alert">
          {found.error.message}
        </p>
      </main>
    );
  }
  if (!found.data) return <main className="screen" aria-busy="true" />;
  return <Detail key={`${found.data.id}-${found.data.updatedAt}`} commitment={found.data} back={back} />;
}

function Detail({ commitment, back }: { commitment: Commitment; back: string }) {
  const actions = useCommitmentActions();
  const open = commitment.status === 'open';
  const now = new Date();
  const [startingPostmortem, setStartingPostmortem] = useState(false);
  const startPostmortem = () => setStartingPostmortem(true);
  useShortcuts(
    open
      ? { d: () => actions.done(commitment), r: () => actions.renegotiate(commitment), x: () => actions.drop(commitment), s: () => actions.addScope(commitment), p: startPostmortem, Delete: () => actions.remove(commitment) }
      : { p: startPostmortem, Delete: () => actions.remove(commitment) },
  );

  return (
    <main className="screen detail">
      <Link href={back} className="back">
        ← {back === '/' ? 'Open loops' : 'Closed'} <kbd>Esc</kbd>
      </Link>
      <header className="detail-header">
        <span className={`status status-${commitment.status}`}>{commitment.status === 'open' ? 'Open' : commitment.status === 'done' ? 'Done' : 'Dropped'}</span>
        <h1>{commitment.title}</h1>
        <p className="detail-sub">
          {commitment.promisedTo ? `Promised to ${commitment.promisedTo}` : 'Promised to yourself'}
          {commitment.due && (open ? ` · due ${formatDue(commitment.due, now)} (${formatUntil(commitment.due, now)})` : ` · was due ${formatDue(commitment.due, now)}`)}
          {commitment.closedAt && ` · closed ${formatDue(commitment.closedAt, now)}`}
        </p>
      </header>
      <div className="detail-actions">
        {open ? (
          <>
            <button type="button" className="primary" onClick={() => actions.done(commitment)}>
              Done <kbd>d</kbd>
            </button>
            <button type="button" onClick={() => actions.renegotiate(commitment)}>
              Renegotiate <kbd>r</kbd>
            </button>
            <button type="button" onClick={() => actions.addScope(commitment)}>
              Found more work <kbd>s</kbd>
            </button>
            <button type="button" onClick={() => actions.drop(commitment)}>
              Drop <kbd>x</kbd>
            </button>
          </>
        ) : (
          <ReopenButton commitment={commitment} />
        )}
        <button type="button" onClick={startPostmortem}>
          Postmortem… <kbd>p</kbd>
        </button>
        <button type="button" className="danger-link" onClick={() => actions.remove(commitment)}>
          Delete…
        </button>
      </div>
      {startingPostmortem && (
        <StartPostmortemDialog
          onClose={() => setStartingPostmortem(false)}
          title={commitment.title}
          // A promise missed is usually what went wrong: it happened when it came due.
          {...(commitment.due !== null && commitment.due < now.toISOString() ? { happenedAt: commitment.due } : {})}
          origin={{ kind: 'commitment', id: commitment.id }}
        />
      )}
      {open ? <EditForm commitment={commitment} /> : <ClosedFields commitment={commitment} />}
      <Checklist commitment={commitment} />
      <ScopeChanges commitment={commitment} />
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol className="history">
          {[...commitment.history].reverse().map((event, index) => (
            <li key={`${event.at}-${String(index)}`}>
              <time dateTime={event.at}>{formatDue(event.at, now)}</time>
              <span>{describeEvent(event, commitment, now)}</span>
            </li>
          ))}
        </ol>
        <p className="field-hint">Captured as: “{commitment.captured}”</p>
      </section>
    </main>
  );
}

function ReopenButton({ commitment }: { commitment: Commitment }) {
  const reopen = useJournalCommand('ownlog:commitment-reopen');
  const actions = useCommitmentActions();
  const [, navigate] = useLocation();
  const month = commitment.closedAt?.slice(0, 7) ?? '';
  return (
    <button
      type="button"
      className="primary"
      disabled={reopen.isPending}
      onClick={() =>
        reopen.mutate(
          { id: commitment.id, month },
          {
            onSuccess: (reopened) => {
              actions.announce(`Reopened: ${reopened.title}`);
              navigate(`/commitment/${reopened.id}`, { replace: true });
            },
            onError: (error) => actions.announce(error.message),
          },
        )
      }
    >
      Reopen
    </button>
  );
}

function EditForm({ commitment }: { commitment: Commitment }) {
  const [title, setTitle] = useState(commitment.title);
  const [person, setPerson] = useState(commitment.promisedTo ?? '');
  const [source, setSource] = useState(commitment.source ?? '');
  const [ownership, setOwnership] = useState(commitment.ownership);
  const [notes, setNotes] = useState(commitment.notes);
  const [dueText, setDueText] = useState('');
  const due = useParsedDue(dueText);
  const edit = useJournalCommand('ownlog:commitment-edit');
  const actions = useCommitmentActions();
  const ids = { title: useId(), person: useId(), source: useId(), ownership: useId(), notes: useId() };

  const changes = {
    ...(title.trim() !== commitment.title ? { title } : {}),
    ...(person.trim() !== (commitment.promisedTo ?? '') ? { promisedTo: person.trim() === '' ? null : person } : {}),
    ...(source.trim() !== (commitment.source ?? '') ? { source: source.trim() === '' ? null : source.replace(/^#/, '') } : {}),
    ...(ownership !== commitment.ownership ? { ownership } : {}),
    ...(notes !== commitment.notes ? { notes } : {}),
    ...(due && due !== commitment.due ? { due } : {}),
  };
  const dirty = Object.keys(changes).length > 0;

  return (
    <form
      className="panel edit-form"
      aria-label="Edit commitment"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty) edit.mutate({ id: commitment.id, changes }, { onSuccess: () => actions.announce('Saved') });
      }}
    >
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input id={ids.title} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.person}>Promised to</label>
          <input id={ids.person} type="text" value={person} placeholder="Nobody — a promise to yourself" onChange={(event) => setPerson(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.source}>Source</label>
          <input id={ids.source} type="text" value={source} placeholder="meeting, chat, review…" onChange={(event) => setSource(event.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <DueField label={commitment.due ? `Correct the date (now ${formatDue(commitment.due, new Date())})` : 'Set a date'} text={dueText} due={due} onText={setDueText} />
        <div className="field">
          <label htmlFor={ids.ownership}>Ownership level</label>
          <select id={ids.ownership} value={ownership} onChange={(event) => setOwnership(Number(event.target.value))}>
            {([1, 2, 3, 4, 5] as const).map((level) => (
              <option key={level} value={level}>
                {level} — {OWNERSHIP_LEVELS[level]}
              </option>
            ))}
          </select>
          <p className="field-hint">Routine work high; risky work, like a migration, lower.</p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.notes}>Notes</label>
        <textarea id={ids.notes} rows={4} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      {commitment.due && dueText.trim() !== '' && commitment.promisedTo && (
        <p className="field-hint">Moving a promised date? Renegotiate instead (r), so {commitment.promisedTo} hears about it.</p>
      )}
      <p className="form-error" role="alert">
        {edit.error?.message}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!dirty || edit.isPending}>
          Save changes
        </button>
      </div>
    </form>
  );
}

function ClosedFields({ commitment }: { commitment: Commitment }) {
  return (
    <section className="panel" aria-label="Details">
      <dl className="facts">
        <dt>Ownership level</dt>
        <dd>
          {commitment.ownership} — {OWNERSHIP_LEVELS[commitment.ownership]}
        </dd>
        {commitment.source && (
          <>
            <dt>Source</dt>
            <dd>#{commitment.source}</dd>
          </>
        )}
        {commitment.notes && (
          <>
            <dt>Notes</dt>
            <dd className="pre">{commitment.notes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Checklist({ commitment }: { commitment: Commitment }) {
  const change = useJournalCommand('ownlog:commitment-checklist');
  const [item, setItem] = useState('');
  const open = commitment.status === 'open';
  const inputId = useId();
  if (!open && commitment.checklist.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Definition of shipped</h2>
      {commitment.checklist.length === 0 ? (
        <p className="field-hint">
          Shipping is more than merging.{' '}
          <button type="button" className="link" onClick={() => change.mutate({ id: commitment.id, action: { kind: 'use-template' } })}>
            Add the checklist from your settings
          </button>
        </p>
      ) : (
        <ul className="checklist">
          {commitment.checklist.map((entry, index) => (
            <li key={`${entry.item}-${String(index)}`}>
              <label>
                <input type="checkbox" checked={entry.checked} disabled={!open || change.isPending} onChange={() => change.mutate({ id: commitment.id, action: { kind: 'toggle', index } })} /> {entry.item}
              </label>
              {open && (
                <button type="button" className="icon" aria-label={`Remove “${entry.item}”`} onClick={() => change.mutate({ id: commitment.id, action: { kind: 'remove', index } })}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ id: commitment.id, action: { kind: 'add', item } }, { onSuccess: () => setItem('') });
          }}
        >
          <label className="visually-hidden" htmlFor={inputId}>
            Add an item
          </label>
          <input id={inputId} type="text" value={item} placeholder="Add an item, e.g. Feature flag removed" onChange={(event) => setItem(event.target.value)} />
          <button type="submit" disabled={item.trim() === ''}>
            Add
          </button>
        </form>
      )}
      <p className="form-error" role="alert">
        {change.error?.message}
      </p>
    </section>
  );
}

function ScopeChanges({ commitment }: { commitment: Commitment }) {
  const decide = useJournalCommand('ownlog:commitment-scope-decide');
  const actions = useCommitmentActions();
  if (commitment.scopeChanges.length === 0) return null;
  const now = new Date();
  return (
    <section className="panel" aria-labelledby="scope-title">
      <h2 id="scope-title">Scope changes</h2>
      <ul className="scope-list">
        {commitment.scopeChanges.map((scope) => (
          <li key={scope.id} className={scope.decision ? 'scope decided' : 'scope undecided'}>
            <p>
              <strong>{scope.what}</strong> — adds {scope.costDays} {scope.costDays === 1 ? 'day' : 'days'}
              {scope.whyNow && `, because ${scope.whyNow}`}
            </p>
            <blockquote>{scope.message}</blockquote>
            {scope.decision ? (
              <p className="field-hint">
                {scope.decision.kind === 'proceed' ? 'Proceeding' : scope.decision.kind === 'defer' ? 'Deferred to its own commitment' : 'Declined'} · {formatDue(scope.decision.at, now)}
                {scope.decision.commitmentId && (
                  <>
                    {' '}
                    · <Link href={`/commitment/${scope.decision.commitmentId}`}>open it</Link>
                  </>
                )}
              </p>
            ) : (
              commitment.status === 'open' && (
                <div className="scope-decide" role="group" aria-label={`Decide on “${scope.what}”`}>
                  {(['proceed', 'defer', 'decline'] as const).map((decision) => (
                    <button
                      key={decision}
                      type="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: commitment.id, scopeId: scope.id, decision }, { onSuccess: () => actions.announce(`Scope decided: ${decision}`) })}
                    >
                      {decision === 'proceed' ? `Proceed (+${String(scope.costDays)} d)` : decision === 'defer' ? 'Defer to its own commitment' : 'Decline'}
                    </button>
                  ))}
                </div>
              )
            )}
          </li>
        ))}
      </ul>
      <p className="form-error" role="alert">
        {decide.error?.message}
      </p>
    </section>
  );
}
