import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

interface LineListProps {
  title: string;
  hint: string;
  lines: string[];
  onLines: (lines: string[]) => void;
  empty: string;
}

/**
 * Editable lines, as in an outliner: Enter adds a line after this one, Backspace on an empty
 * line removes it, and each line can be removed with its ×.
 */
export function LineList({ title, hint, lines, onLines, empty }: LineListProps) {
  const id = useId();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const add = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the lines have changed: the new line, or the one before a removed
  // one — or, when the last line goes, "Add a line", so the focus stays in this part.
  const focusNext = useRef<number | null>(null);
  const focusLine = (index: number) => {
    focusNext.current = index;
  };
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    (inputs.current[focusNext.current] ?? add.current)?.focus();
    focusNext.current = null;
  }, [lines]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>, index: number) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onLines([...lines.slice(0, index + 1), '', ...lines.slice(index + 1)]);
      focusLine(index + 1);
    } else if (event.key === 'Backspace' && lines[index] === '') {
      event.preventDefault();
      onLines(lines.filter((_line, other) => other !== index));
      focusLine(index > 0 ? index - 1 : 0);
    }
  }

  return (
    <section className="panel checkin-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="field-hint">{hint}</p>
      {lines.length === 0 && <p className="checkin-empty">{empty}</p>}
      <ul className="checkin-lines">
        {lines.map((line, index) => (
          // A line has no identity beyond its place, and every input is controlled by `lines`,
          // so keying by place keeps each input showing its own line.
          <li key={index}>
            <label className="visually-hidden" htmlFor={`${id}-${String(index)}`}>
              {title}, line {index + 1}
            </label>
            <textarea
              id={`${id}-${String(index)}`}
              ref={(element) => {
                inputs.current[index] = element;
              }}
              rows={1}
              value={line}
              onChange={(event) => onLines(lines.map((other, position) => (position === index ? event.target.value : other)))}
              onKeyDown={(event) => onKeyDown(event, index)}
            />
            <button type="button" className="icon" aria-label={`Remove “${line || 'empty line'}”`} onClick={() => onLines(lines.filter((_line, other) => other !== index))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        ref={add}
        type="button"
        className="link"
        onClick={() => {
          onLines([...lines, '']);
          focusLine(lines.length);
        }}
      >
        Add a line
      </button>
    </section>
  );
}
