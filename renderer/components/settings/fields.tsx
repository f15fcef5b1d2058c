import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { weekdayName, weekOrder } from '../../locale.ts';

interface SettingFieldProps {
  label: string;
  hint?: string;
  error: string;
  /** The control, given the id its label points at and the ids that describe it. */
  children: (id: string, describedBy: string) => ReactNode;
}

/** A setting: its label, its control, a hint, and the reason a value was refused. */
export function SettingField({ label, hint, error, children }: SettingFieldProps) {
  const id = useId();
  return (
    <div className="field setting">
      <label htmlFor={id}>{label}</label>
      {children(id, `${id}-hint ${id}-error`)}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="form-error" role="alert">
        {error}
      </p>
    </div>
  );
}

type CommittedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'defaultValue'> & {
  value: string;
  /** The user finished typing (left the field or pressed Enter) and the value differs. */
  onCommit: (value: string) => void;
};

function DraftInput({ value, onCommit, onKeyDown, ...props }: CommittedInputProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <input
      {...props}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        onKeyDown?.(event);
      }}
    />
  );
}

/**
 * An input saved when the user is done with it, not on every key. A refused value stays in the
 * field to be corrected; a saved one (a new `value`) starts a fresh draft.
 */
export function CommittedInput(props: CommittedInputProps) {
  return <DraftInput key={props.value} {...props} />;
}

/** A whole number, refused here with a reason when the field holds none. */
export function NumberInput({ value, onNumber, onNotANumber, ...props }: Omit<CommittedInputProps, 'value' | 'onCommit' | 'type'> & { value: number; onNumber: (value: number) => void; onNotANumber: (message: string) => void }) {
  return (
    <CommittedInput
      {...props}
      type="number"
      inputMode="numeric"
      step={1}
      value={String(value)}
      onCommit={(typed) => {
        const number = Number(typed);
        if (typed.trim() === '' || !Number.isInteger(number)) onNotANumber('Give a whole number.');
        else onNumber(number);
      }}
    />
  );
}

/** A setting that is on or off, saved as it is clicked. */
export function Toggle({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="toggle">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint === undefined ? undefined : `${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The workdays, in the order the user's week runs, named in their language. */
export function Weekdays({ legend, days, weekStart, error, onChange }: { legend: string; days: readonly number[]; weekStart: 0 | 1; error: string; onChange: (days: number[]) => void }) {
  const id = useId();
  return (
    <fieldset className="weekdays" aria-describedby={`${id}-error`}>
      <legend>{legend}</legend>
      <div className="weekday-row">
        {weekOrder(weekStart).map((day) => (
          <label key={day} className="weekday">
            <input
              type="checkbox"
              checked={days.includes(day)}
              onChange={(event) => onChange(event.target.checked ? [...days, day].sort((a, b) => a - b) : days.filter((other) => other !== day))}
            />
            <span aria-hidden="true">{weekdayName(day, 'short')}</span>
            <span className="visually-hidden">{weekdayName(day)}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-error`} className="form-error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}
