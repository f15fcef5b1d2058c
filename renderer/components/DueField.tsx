import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId } from 'react';
import { formatDue, formatUntil } from '../format.ts';
import { request } from '../journal-query.ts';

/**
 * The instant a typed date stands for ("Friday 10am", "EOW"), read by the same parser as the
 * capture line; null while the text is empty, not yet read, or not a date.
 */
export function useParsedDue(text: string): string | null {
  const deferred = useDeferredValue(text);
  const parsed = useQuery({
    queryKey: ['ownlog:commitment-parse-due', deferred],
    queryFn: () => request('ownlog:commitment-parse-due', { text: deferred }),
    enabled: deferred.trim() !== '',
    staleTime: 0,
  });
  return text.trim() === '' || deferred !== text ? null : (parsed.data?.due ?? null);
}

interface DueFieldProps {
  label: string;
  text: string;
  due: string | null;
  onText: (text: string) => void;
  autoFocus?: boolean;
}

/** A date field that says what it understood, under the field, as the user types. */
export function DueField({ label, text, due, onText, autoFocus = false }: DueFieldProps) {
  const id = useId();
  const now = new Date();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={text} autoFocus={autoFocus} placeholder="Friday 10am, EOW, Dec 3…" autoComplete="off" onChange={(event) => onText(event.target.value)} aria-describedby={`${id}-understood`} />
      <p id={`${id}-understood`} className="field-hint" aria-live="polite">
        {text.trim() === '' ? '' : due ? `${formatDue(due, now)} · ${formatUntil(due, now)}` : 'Not a date Ownlog understands yet.'}
      </p>
    </div>
  );
}
