import { useId, useState, type RefObject, type SubmitEvent } from 'react';
import { formatMoment } from '../../../shared/blockers/display.ts';
import type { BlockerView } from '../../../shared/blockers/view.ts';
import { useJournalCommand } from '../../journal-query.ts';
import { LabeledInput } from './LabeledInput.tsx';

interface AttemptLogProps {
  view: BlockerView;
  triedRef: RefObject<HTMLInputElement | null>;
  onLogged: (tried: string) => void;
}

/** Each thing tried and what it showed, in order; a new one is logged with Enter. */
export function AttemptLog({ view, triedRef, onLogged }: AttemptLogProps) {
  const id = useId();
  const [tried, setTried] = useState('');
  const [showed, setShowed] = useState('');
  const log = useJournalCommand('ownlog:blocker-log-attempt');
  const { attempts } = view.blocker;
  const now = new Date(view.readAt);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (log.isPending) return;
    log.mutate(
      { id: view.blocker.id, tried, showed },
      {
        onSuccess: () => {
          onLogged(tried.trim());
          setTried('');
          setShowed('');
          // Ready for the next attempt.
          triedRef.current?.focus();
        },
      },
    );
  }

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What you tried</h2>
      {attempts.length === 0 ? (
        <p className="panel-empty">Nothing logged yet. Each attempt and what it showed goes into the help request.</p>
      ) : (
        <ol className="attempts">
          {attempts.map((attempt, index) => (
            <li key={`${attempt.at}-${String(index)}`} className="attempt">
              <time dateTime={attempt.at}>{formatMoment(attempt.at, { now, timeZone: view.timeZone })}</time>
              <span className="attempt-tried">{attempt.tried}</span>
              {attempt.showed !== '' && <span className="attempt-showed">{attempt.showed}</span>}
            </li>
          ))}
        </ol>
      )}
      <form className="attempt-form" aria-label="Log an attempt" onSubmit={submit}>
        <LabeledInput
          label="Tried"
          inputRef={triedRef}
          value={tried}
          placeholder="e.g. re-ran the job on a fresh runner"
          invalid={log.isError}
          onChange={(text) => {
            setTried(text);
            if (log.isError) log.reset();
          }}
        />
        <LabeledInput label="It showed" value={showed} placeholder="e.g. the same “manifest unknown” error" onChange={setShowed} />
        <button type="submit" disabled={log.isPending}>
          Log attempt
        </button>
      </form>
      <p className="form-error" role="alert">
        {log.error?.message}
      </p>
    </section>
  );
}
