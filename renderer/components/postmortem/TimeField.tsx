import { useId } from 'react';
import { fromLocalInput, toLocalInput } from './draft.ts';

interface TimeFieldProps {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  hint?: string;
  required?: boolean;
}

/** A moment in the user's own time, to the minute, typed or picked. */
export function TimeField({ label, value, onChange, hint, required = false }: TimeFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="datetime-local" value={toLocalInput(value)} required={required} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(fromLocalInput(event.target.value))} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
