import { useId, useState } from 'react';
import type { Factor } from '../../../shared/domain/postmortem.ts';
import { FACTOR_CATEGORIES, FACTOR_LABEL, WHYS_MAX, type FactorCategory } from '../../../shared/postmortem/steps.ts';
import type { PostmortemView } from '../../../shared/postmortem/view.ts';
import { BlamePrompt } from './BlamePrompt.tsx';
import { usePendingInput, type StepProps } from './draft.ts';

/** The question each answer is given to: the first asks about the incident, then about the answer before. */
function question(index: number, title: string, previous: string | undefined): string {
  if (index === 0 || previous === undefined) return `Why did “${title.trim()}” happen?`;
  return `Why? — “${previous.trim().replace(/[.!]+$/, '')}”`;
}

/**
 * Step 5: five whys, each answer leading to the next question, and the contributing factors by
 * kind. Blameless: an answer naming a person as the cause gets a gentle prompt for the system
 * factor — a check, not a block.
 */
export function RootCauseStep({ draft, edit, pending, view }: StepProps & { view: PostmortemView }) {
  const id = useId();
  const [category, setCategory] = useState<FactorCategory>('process');
  const [factor, setFactor] = useState('');
  usePendingInput(pending, 'factor', () => (factor.trim() === '' ? null : { edits: { factors: [...draft.factors, { category, text: factor.trim() }] } }));
  const answered = draft.whys.length > 0 && (draft.whys.at(-1) ?? '').trim() !== '';
  const shown = draft.whys.length === 0 ? [''] : answered && draft.whys.length < WHYS_MAX ? [...draft.whys, ''] : draft.whys;
  const setWhy = (index: number, text: string) => edit({ whys: shown.map((answer, position) => (position === index ? text : answer)) });
  const setFactors = (factors: Factor[]) => edit({ factors });

  return (
    <>
      <p className="step-lead">Ask “why?” until you reach something in the system you can change. People slip in every system; the question is what let the slip matter.</p>
      <ol className="pm-whys">
        {shown.map((answer, index) => (
          <li key={index} className="field">
            <label htmlFor={`${id}-why-${String(index)}`}>{question(index, draft.title, shown[index - 1])}</label>
            <textarea id={`${id}-why-${String(index)}`} rows={2} value={answer} aria-describedby={`${id}-why-${String(index)}-check`} onChange={(event) => setWhy(index, event.target.value)} />
            <BlamePrompt id={`${id}-why-${String(index)}-check`} text={answer} people={view.people} />
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby={`${id}-factors`}>
        <h2 id={`${id}-factors`}>Contributing factors</h2>
        {draft.factors.length > 0 && (
          <ul className="pm-factors">
            {draft.factors.map((item, index) => (
              <li key={`${item.category}-${String(index)}`}>
                <span className={`factor-tag factor-${item.category}`}>{FACTOR_LABEL[item.category]}</span>
                <span>{item.text}</span>
                <button type="button" className="icon" aria-label={`Remove “${item.text}”`} onClick={() => setFactors(draft.factors.filter((_item, position) => position !== index))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="pm-add-row"
          aria-label="Add a contributing factor"
          onSubmit={(event) => {
            event.preventDefault();
            if (factor.trim() === '') return;
            setFactors([...draft.factors, { category, text: factor.trim() }]);
            setFactor('');
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-category`}>
            Kind of factor
          </label>
          <select id={`${id}-category`} value={category} onChange={(event) => setCategory(FACTOR_CATEGORIES.find((kind) => kind === event.target.value) ?? 'process')}>
            {FACTOR_CATEGORIES.map((kind) => (
              <option key={kind} value={kind}>
                {FACTOR_LABEL[kind]}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-factor`}>
            Contributing factor
          </label>
          <input id={`${id}-factor`} type="text" value={factor} placeholder="e.g. Deploys do not check for long-running locks" aria-describedby={`${id}-factor-check`} onChange={(event) => setFactor(event.target.value)} />
          <button type="submit" disabled={factor.trim() === ''}>
            Add
          </button>
        </form>
        <BlamePrompt id={`${id}-factor-check`} text={factor} people={view.people} />
      </section>
    </>
  );
}
