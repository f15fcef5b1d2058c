import { useId, useState } from 'react';
import { formatMoment } from '../../../shared/blockers/display.ts';
import { placeholderIn } from '../../../shared/postmortem/statement.ts';
import type { PostmortemView } from '../../../shared/postmortem/view.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand } from '../../journal-query.ts';
import { CopyButton } from '../CopyButton.tsx';
import { fromLocalInput, usePendingInput, type StepProps } from './draft.ts';

/**
 * Step 3: the ownership statement, drafted from what is known so far and the user's to edit
 * and copy; then who was told and when. Recording that it was sent keeps the text as sent.
 */
export function TellStep({ draft, edit, forget, pending, view }: StepProps & { view: PostmortemView }) {
  const id = useId();
  const statement = draft.statement ?? view.statementDraft;
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [sent, setSent] = useState(true);
  const tell = useJournalCommand('ownlog:postmortem-tell');
  const { announce } = useCommitmentActions();
  const left = placeholderIn(statement);
  const now = new Date();
  usePendingInput(pending, 'told', () => (who.trim() === '' ? null : { stop: `Record that you told ${who.trim()} (Enter in the name), or clear the name, before moving on.` }));

  return (
    <>
      <p className="step-lead">Tell the people affected before they have to ask. Say what you know, what you are doing, and when they will hear more.</p>
      <div className="field">
        <label htmlFor={`${id}-statement`}>Ownership statement</label>
        <textarea id={`${id}-statement`} rows={11} value={statement} onChange={(event) => edit({ statement: event.target.value })} aria-describedby={`${id}-statement-hint`} />
        <p id={`${id}-statement-hint`} className="field-hint">
          {left ? `Fill in or take out ${left} before you send it.` : draft.statement === null ? 'Drafted from the steps so far; edit it freely.' : 'Your words.'}
        </p>
      </div>
      <div className="form-actions pm-statement-actions">
        {draft.statement !== null && (
          <button type="button" onClick={() => edit({ statement: null })}>
            Use the draft again
          </button>
        )}
        <CopyButton text={statement} label="Copy statement" what="the ownership statement" />
      </div>
      <section className="panel" aria-labelledby={`${id}-told-title`}>
        <h2 id={`${id}-told-title`}>Who you told</h2>
        {view.postmortem.told.length === 0 ? (
          <p className="field-hint">Nobody yet.</p>
        ) : (
          <ul className="pm-told">
            {view.postmortem.told.map((told, index) => (
              <li key={`${told.who}-${told.at}-${String(index)}`}>
                <strong>{told.who}</strong> · <time dateTime={told.at}>{formatMoment(told.at, { now, timeZone: view.timeZone })}</time>
                {told.sent !== null && <span className="pm-sent"> · sent the statement</span>}
              </li>
            ))}
          </ul>
        )}
        <form
          className="pm-tell-form"
          aria-label="Record who you told"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (tell.isPending) return;
            const at = fromLocalInput(when);
            tell.mutate(
              { id: view.postmortem.id, who, statement: sent ? statement : null, ...(at === null ? {} : { at }) },
              {
                onSuccess: () => {
                  announce(sent ? `Recorded: statement sent to ${who.trim()}.` : `Recorded: told ${who.trim()}.`);
                  setWho('');
                  setWhen('');
                  if (sent) forget('statement');
                },
              },
            );
          }}
        >
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-who`}>Told</label>
              <input id={`${id}-who`} type="text" value={who} placeholder="e.g. Priya (payments lead)" autoComplete="off" onChange={(event) => setWho(event.target.value)} />
            </div>
            <div className="field field-narrow-time">
              <label htmlFor={`${id}-when`}>When</label>
              <input id={`${id}-when`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} aria-describedby={`${id}-when-hint`} />
              <p id={`${id}-when-hint`} className="field-hint">
                Now, if left empty.
              </p>
            </div>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={sent} onChange={(event) => setSent(event.target.checked)} /> I sent them the statement above
          </label>
          <div className="form-actions">
            <button type="submit" disabled={who.trim() === '' || tell.isPending}>
              Record
            </button>
          </div>
          <p className="form-error" role="alert">
            {tell.error?.message}
          </p>
        </form>
      </section>
    </>
  );
}
