import { useId, useState, type SubmitEvent, type Ref } from 'react';
import { formatBlockedTime, formatMoment } from '../../../shared/blockers/display.ts';
import type { BlockerView } from '../../../shared/blockers/view.ts';
import { useJournalCommand } from '../../journal-query.ts';
import { LabeledInput } from './LabeledInput.tsx';

interface RaiseFormProps {
  view: BlockerView;
  toRef: Ref<HTMLInputElement>;
  onRaised: (to: string) => void;
}

/** When the two-hour rule was kept, in words: "within the 2 h threshold", "25 min past it". */
function againstThreshold(blockedMs: number, thresholdMinutes: number): string {
  const threshold = thresholdMinutes * 60_000;
  const limit = formatBlockedTime(threshold);
  return blockedMs <= threshold ? `within the ${limit} threshold` : `${formatBlockedTime(blockedMs - threshold)} past the ${limit} threshold`;
}

/** "Raise it now?" past the threshold; to whom and when once raised, with the request marked sent. */
export function RaiseForm({ view, toRef, onRaised }: RaiseFormProps) {
  const id = useId();
  const [to, setTo] = useState('');
  const raise = useJournalCommand('ownlog:blocker-raise');
  const { blocker, shouldRaise, elapsedMs } = view;

  if (blocker.raised) {
    const { raised } = blocker;
    return (
      <section className="panel-section raised" aria-label="Raised">
        <p>
          <strong>Raised with {raised.to}</strong> at <time dateTime={raised.at}>{formatMoment(raised.at, { now: new Date(view.readAt), timeZone: view.timeZone })}</time>, after{' '}
          {formatBlockedTime(raised.blockedMs)} blocked — {againstThreshold(raised.blockedMs, blocker.thresholdMinutes)}. The help request is marked sent.
        </p>
      </section>
    );
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (raise.isPending) return;
    raise.mutate({ id: blocker.id, to }, { onSuccess: () => onRaised(to.trim()) });
  }

  return (
    <section className={`panel-section raise${shouldRaise ? ' raise-now' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{shouldRaise ? 'Raise it now?' : 'Raise it'}</h2>
      <p>
        {shouldRaise
          ? `Blocked ${formatBlockedTime(elapsedMs)}, past your ${formatBlockedTime(blocker.thresholdMinutes * 60_000)} threshold. Copy the help request, send it, and note who you asked.`
          : 'Asking early with context is ownership, not weakness. Copy the help request, send it, and note who you asked.'}
      </p>
      <form className="inline-form" aria-label="Raise the blocker" onSubmit={submit}>
        <LabeledInput
          label="Raised with"
          inputRef={toRef}
          value={to}
          placeholder="e.g. Priya, or #infra-help"
          invalid={raise.isError}
          onChange={(text) => {
            setTo(text);
            if (raise.isError) raise.reset();
          }}
        />
        <button type="submit" className={shouldRaise ? 'primary' : undefined} disabled={raise.isPending}>
          Mark raised
        </button>
      </form>
      <p className="form-error" role="alert">
        {raise.error?.message}
      </p>
    </section>
  );
}
