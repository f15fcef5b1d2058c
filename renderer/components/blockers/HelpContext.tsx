import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { BlockerView } from '../../../shared/blockers/view.ts';
import { useJournalCommand } from '../../journal-query.ts';

type Field = 'evidence' | 'theory' | 'ask';

function changeOf(id: string, field: Field, text: string) {
  switch (field) {
    case 'evidence':
      return { id, evidence: text };
    case 'theory':
      return { id, theory: text };
    case 'ask':
      return { id, ask: text };
  }
}

interface SavedFieldProps {
  blockerId: string;
  field: Field;
  /** What the field holds, for "Saved the evidence." */
  name: string;
  label: string;
  placeholder: string;
  /** What the journal has; the field shows it until the user edits. */
  saved: string;
  multiline?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  onSaved: (name: string) => void;
}

/**
 * A field saved when the user leaves it (or presses Enter; Ctrl+Enter in the evidence). A failed save keeps what was
 * typed and says why, next to it.
 */
function SavedField({ blockerId, field, name, label, placeholder, saved, multiline = false, inputRef, onSaved }: SavedFieldProps) {
  const id = useId();
  const [text, setText] = useState(saved);
  // What the text was last in step with: the journal's value, or what was last saved from here.
  const [base, setBase] = useState(saved);
  const [seen, setSeen] = useState(saved);
  const edit = useJournalCommand('ownlog:blocker-edit');
  // A new value from the journal (a save from here, another window) shows, unless the user is
  // in the middle of an edit here.
  if (saved !== seen) {
    setSeen(saved);
    if (text === base) {
      setText(saved);
      setBase(saved);
    }
  }

  function save() {
    if (text === base || edit.isPending) return;
    const sent = text;
    edit.mutate(changeOf(blockerId, field, sent), {
      onSuccess: () => {
        setBase(sent);
        onSaved(name);
      },
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || !multiline)) {
      event.preventDefault();
      save();
    }
  }

  const common = {
    id: `${id}-input`,
    className: multiline ? 'mono' : undefined,
    value: text,
    placeholder,
    'aria-invalid': edit.isError,
    'aria-describedby': `${id}-error`,
    onBlur: save,
    onKeyDown,
  };
  return (
    <div className="saved-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          ref={inputRef}
          rows={Math.min(14, Math.max(5, text.split('\n').length + 1))}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            if (edit.isError) edit.reset();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            if (edit.isError) edit.reset();
          }}
        />
      )}
      <p id={`${id}-error`} className="form-error" role="alert">
        {edit.error?.message}
      </p>
    </div>
  );
}

/** The evidence (verbatim), the user's theory and the concrete ask: the rest of the help request. */
export function HelpContext({ view, evidenceRef, onSaved }: { view: BlockerView; evidenceRef: Ref<HTMLTextAreaElement>; onSaved: (name: string) => void }) {
  const { blocker } = view;
  return (
    <section className="panel-section" aria-label="Evidence, theory and ask">
      <SavedField
        blockerId={blocker.id}
        field="evidence"
        name="evidence"
        label="Evidence — logs, error text, exactly as they are"
        placeholder="Paste the error or the log lines here. Ctrl+Enter saves."
        saved={blocker.evidence}
        multiline
        inputRef={evidenceRef}
        onSaved={onSaved}
      />
      <SavedField blockerId={blocker.id} field="theory" name="theory" label="Theory — I think it’s…" placeholder="e.g. the CI service account has no read access to the new registry" saved={blocker.theory} onSaved={onSaved} />
      <SavedField blockerId={blocker.id} field="ask" name="ask" label="Ask — …but I need" placeholder="e.g. someone with admin on the registry to check its permissions" saved={blocker.ask} onSaved={onSaved} />
    </section>
  );
}
