import { STEP_LABEL, STEPS, type PostmortemPage, type StepId } from '../../../shared/postmortem/steps.ts';

interface StepProgressProps {
  page: PostmortemPage;
  /** Each step with what it still needs; null when it has its content. */
  states: readonly { step: StepId; missing: string | null }[];
  onGo: (page: PostmortemPage) => void;
}

/** Where the user is in the eight steps, which have their content, and a way to any of them. */
export function StepProgress({ page, states, onGo }: StepProgressProps) {
  const done = states.filter((state) => state.missing === null).length;
  return (
    <nav className="pm-progress" aria-label="Postmortem steps">
      <p className="pm-progress-count">
        {page === 'review' ? 'Review' : `Step ${String(STEPS.indexOf(page) + 1)} of ${String(STEPS.length)}`} · {done} of {STEPS.length} have content
      </p>
      <ol>
        {states.map(({ step, missing }, index) => (
          <li key={step}>
            <button type="button" className={`pm-step${missing === null ? ' pm-step-done' : ''}`} aria-current={page === step ? 'step' : undefined} title={missing ?? 'Has content'} onClick={() => onGo(step)}>
              <span className="pm-step-number" aria-hidden="true">
                {missing === null ? '✓' : index + 1}
              </span>
              <span className="pm-step-label">{STEP_LABEL[step]}</span>
              <span className="visually-hidden">{missing === null ? ' (has content)' : ` (${missing})`}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="pm-step pm-step-review" aria-current={page === 'review' ? 'step' : undefined} onClick={() => onGo('review')}>
            <span className="pm-step-label">Review</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
