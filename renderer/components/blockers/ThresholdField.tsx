import { useId, useState, type KeyboardEvent } from 'react';
import type { BlockerView } from '../../../shared/blockers/view.ts';
import { useJournalCommand } from '../../journal-query.ts';

/** This blocker's threshold in minutes, changed when the user leaves the field or presses Enter. */
export function ThresholdField({ view, onSaved }: { view: BlockerView; onSaved: (minutes: number) => void }) {
  const id = useId();
  const saved = String(view.blocker.thresholdMinutes);
  const [text, setText] = useState(saved);
  const [seen, setSeen] = useState(saved);
  const edit = useJournalCommand('ownlog:blocker-edit');
  if (saved !== seen) {
    setSeen(saved);
    setText(saved);
  }

  function save() {
    if (text === saved || edit.isPending) return;
    const minutes = Number(text);
    edit.mutate({ id: view.blocker.id, thresholdMinutes: minutes }, { onSuccess: () => onSaved(minutes) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  }

  return (
    <div className="threshold-field">
      <label htmlFor={`${id}-minutes`}>Raise it after</label>
      <input
        id={`${id}-minutes`}
        className="minutes-input"
        type="number"
        min={1}
        step={1}
        value={text}
        aria-invalid={edit.isError}
        aria-describedby={`${id}-error`}
        onChange={(event) => {
          setText(event.target.value);
          if (edit.isError) edit.reset();
        }}
        onBlur={save}
        onKeyDown={onKeyDown}
      />
      <span>minutes</span>
      <p id={`${id}-error`} className="form-error" role="alert">
        {edit.error?.message}
      </p>
    </div>
  );
}
