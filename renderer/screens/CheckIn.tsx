import { format } from 'date-fns';
import { Fragment, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { CheckInParts } from '../../shared/domain/checkin.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { LineList } from '../components/checkin/LineList.tsx';
import { GitCandidates } from '../components/git/GitCandidates.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';

const PARTS: { key: keyof CheckInParts; title: string; hint: string; empty: string }[] = [
  { key: 'yesterday', title: 'Yesterday', hint: 'What closed and what you tried since the last workday.', empty: 'Nothing closed or tried — add what you did.' },
  { key: 'today', title: 'Today', hint: 'What is due or at risk, and what you plan.', empty: 'Nothing due — add what you plan.' },
  { key: 'blockers', title: 'Blockers', hint: 'What is in your way, and for how long.', empty: 'No blockers.' },
  { key: 'planChanges', title: 'Changes in plan', hint: 'Renegotiated dates and scope decisions since the last check-in.', empty: 'No changes since the last check-in.' },
];

/** What "yesterday" covers, for the commits offered under it. */
const SINCE_LAST_WORKDAY = { span: 'checkin' } as const;

/**
 * The daily check-in, in its own small window: pre-filled from the journal, every line editable
 * or removable, and the user's own lines added. Ctrl+Enter saves.
 */
export function CheckIn() {
  const today = useJournalQuery('ownlog:checkin-today', {});
  if (today.isError) {
    return (
      <main className="screen checkin">
        <p className="load-error" role="alert">
          {today.error.message}
        </p>
      </main>
    );
  }
  if (!today.data) return <main className="screen checkin" aria-busy="true" />;
  const { day, saved, prefill } = today.data;
  // A new day, or the saved check-in changed elsewhere: start again from what the journal has.
  return <CheckInForm key={`${day}-${saved?.updatedAt ?? 'new'}`} day={day} initial={saved ?? prefill} savedAt={saved?.updatedAt ?? null} prefill={prefill} />;
}

function CheckInForm({ day, initial, savedAt, prefill }: { day: string; initial: CheckInParts; savedAt: string | null; prefill: CheckInParts }) {
  const [parts, setParts] = useState<CheckInParts>({ yesterday: initial.yesterday, today: initial.today, blockers: initial.blockers, planChanges: initial.planChanges });
  const save = useJournalCommand('ownlog:checkin-save');
  const { announce } = useCommitmentActions();
  const when = format(new Date(`${day}T12:00`), 'EEEE d MMMM');
  const submitRef = useRef<() => void>(() => undefined);

  // Ctrl+Enter saves from anywhere in the window, whichever field (or none) has the focus.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        submitRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function submit() {
    // Empty lines are what is left of lines the user cleared: they go, nothing else does.
    const clean = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean);
    const cleaned: CheckInParts = { yesterday: clean(parts.yesterday), today: clean(parts.today), blockers: clean(parts.blockers), planChanges: clean(parts.planChanges) };
    save.mutate({ day, parts: cleaned }, { onSuccess: () => announce(`Checked in for ${when}.`) });
  }
  useEffect(() => {
    submitRef.current = submit;
  });

  return (
    <main className="screen checkin">
      <header className="screen-header">
        <h1>Check-in</h1>
        <p className="summary">
          <span>{when}</span>
          <Link href="/" className="nav-link">
            Open loops
          </Link>
        </p>
      </header>
      {savedAt && (
        <p className="field-hint">
          Saved {format(new Date(savedAt), 'HH:mm')}. Saving again replaces it.{' '}
          <button type="button" className="link" onClick={() => setParts(prefill)}>
            Start again from the journal
          </button>
        </p>
      )}
      {PARTS.map((part) => (
        <Fragment key={part.key}>
          <LineList title={part.title} hint={part.hint} empty={part.empty} lines={parts[part.key]} onLines={(lines) => setParts((current) => ({ ...current, [part.key]: lines }))} />
          {part.key === 'yesterday' && (
            <GitCandidates
              span={SINCE_LAST_WORKDAY}
              present={(text) => parts.yesterday.includes(text)}
              onAdd={(lines) => setParts((current) => ({ ...current, yesterday: [...current.yesterday, ...lines] }))}
              verb="Add"
            />
          )}
        </Fragment>
      ))}
      <p className="form-error" role="alert">
        {save.error?.message}
      </p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={save.isPending} onClick={submit}>
          {savedAt ? 'Save again' : 'Save check-in'} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </main>
  );
}
