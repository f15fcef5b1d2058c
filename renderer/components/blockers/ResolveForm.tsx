import { useId, useState, type SubmitEvent, type Ref } from 'react';
import type { Blocker } from '../../../shared/domain/blocker.ts';
import { useJournalCommand } from '../../journal-query.ts';
import { LabeledInput } from './LabeledInput.tsx';

interface ResolveFormProps {
  blockerId: string;
  howRef: Ref<HTMLInputElement>;
  onResolved: (blocker: Blocker) => void;
}

/** How it was resolved, and what to remember: the lesson is kept for later search. */
export function ResolveForm({ blockerId, howRef, onResolved }: ResolveFormProps) {
  const id = useId();
  const [how, setHow] = useState('');
  const [lesson, setLesson] = useState('');
  const resolve = useJournalCommand('ownlog:blocker-resolve');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (resolve.isPending) return;
    resolve.mutate({ id: blockerId, how, lesson }, { onSuccess: onResolved });
  }

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Resolve</h2>
      <form className="resolve-form" aria-label="Resolve the blocker" onSubmit={submit}>
        <LabeledInput
          label="How it was resolved"
          inputRef={howRef}
          value={how}
          placeholder="e.g. Priya granted the CI account read access"
          invalid={resolve.isError}
          onChange={(text) => {
            setHow(text);
            if (resolve.isError) resolve.reset();
          }}
        />
        <LabeledInput
          label={
            <>
              Lesson <span className="optional">(optional)</span>
            </>
          }
          value={lesson}
          placeholder="e.g. check service-account access first after a registry move"
          onChange={setLesson}
        />
        <button type="submit" disabled={resolve.isPending}>
          Resolve
        </button>
      </form>
      <p className="form-error" role="alert">
        {resolve.error?.message}
      </p>
    </section>
  );
}
