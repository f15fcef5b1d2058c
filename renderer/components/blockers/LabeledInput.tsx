import type { ReactNode, Ref } from 'react';

interface LabeledInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** An example of what to write, shown while the field is empty. */
  placeholder: string;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** One line of text with its label around it, as the blocker forms use it. */
export function LabeledInput({ label, value, onChange, placeholder, invalid = false, inputRef }: LabeledInputProps) {
  return (
    <label>
      <span>{label}</span>
      <input ref={inputRef} type="text" value={value} placeholder={placeholder} autoComplete="off" aria-invalid={invalid} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
