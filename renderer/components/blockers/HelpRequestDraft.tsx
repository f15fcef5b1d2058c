import { useId } from 'react';
import type { HelpRequestDraft as Draft, HelpRequestPart } from '../../../shared/blockers/help-request.ts';

export type DraftFormat = 'markdown' | 'plain';

const PART: Record<HelpRequestPart, string> = {
  attempts: 'what you tried',
  evidence: 'the evidence',
  theory: 'your theory',
  ask: 'the ask',
};

/** "a", "a and b", "a, b and c". */
function listed(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

interface HelpRequestDraftProps {
  draft: Draft;
  format: DraftFormat;
  onFormat: (format: DraftFormat) => void;
  onCopy: () => void;
  copying: boolean;
}

/** The help request as it will be sent, in Markdown or plain text, copied in one action. */
export function HelpRequestDraft({ draft, format, onFormat, onCopy, copying }: HelpRequestDraftProps) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <div className="draft-header">
        <h2 id={`${id}-title`}>Help request</h2>
        <fieldset className="draft-format">
          <legend className="visually-hidden">Format</legend>
          {(['markdown', 'plain'] as const).map((option) => (
            <label key={option} className={format === option ? 'draft-format-chosen' : undefined}>
              <input type="radio" name={`${id}-format`} value={option} checked={format === option} onChange={() => onFormat(option)} />
              {option === 'markdown' ? 'Markdown' : 'Plain text'}
            </label>
          ))}
        </fieldset>
        <button type="button" className="primary" onClick={onCopy} disabled={copying}>
          Copy <kbd>c</kbd>
        </button>
      </div>
      <pre className="draft" aria-label="Help request draft" tabIndex={0}>
        {format === 'markdown' ? draft.markdown : draft.plain}
      </pre>
      {draft.missing.length > 0 && (
        <p className="draft-missing">
          A good ask still needs {listed(draft.missing.map((part) => PART[part]))}.
        </p>
      )}
    </section>
  );
}
