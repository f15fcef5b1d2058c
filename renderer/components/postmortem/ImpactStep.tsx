import { useId } from 'react';
import { SEVERITIES, SEVERITY_LABEL } from '../../../shared/postmortem/steps.ts';
import type { StepProps } from './draft.ts';

/** Step 2: who and what was affected, for how long, and how badly. */
export function ImpactStep({ draft, edit }: StepProps) {
  const id = useId();
  const { impact } = draft;
  const set = (changes: Partial<typeof impact>) => edit({ impact: { ...impact, ...changes } });
  return (
    <>
      <p className="step-lead">Say plainly what it cost people. Numbers if you have them; your best estimate if you do not.</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-who`}>Who was affected</label>
          <input id={`${id}-who`} type="text" value={impact.who} placeholder="e.g. customers paying by card in the EU" onChange={(event) => set({ who: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>For how long</label>
          <input id={`${id}-duration`} type="text" value={impact.duration} placeholder="e.g. 38 minutes" onChange={(event) => set({ duration: event.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-what`}>What was affected, and how</label>
        <textarea id={`${id}-what`} rows={3} value={impact.what} placeholder="e.g. about 1 in 5 checkouts failed with a 500; orders were not lost" onChange={(event) => set({ what: event.target.value })} />
      </div>
      <fieldset className="severity">
        <legend>Severity</legend>
        {SEVERITIES.map((level) => (
          <label key={level} className={`severity-option severity-${String(level)}`}>
            <input type="radio" name={`${id}-severity`} value={level} checked={impact.severity === level} onChange={() => set({ severity: level })} />
            <span className="severity-level">{level}</span>
            <span>{SEVERITY_LABEL[level]}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
