import { useId } from 'react';
import type { StepProps } from './draft.ts';

/** Step 6: how it was resolved, and where we got lucky — what could have made it worse. */
export function ResolutionStep({ draft, edit }: StepProps) {
  const id = useId();
  return (
    <>
      <p className="step-lead">What stopped the harm, and what could have made it worse but did not: luck is a factor you cannot count on next time.</p>
      <div className="field">
        <label htmlFor={`${id}-resolution`}>How it was resolved</label>
        <textarea id={`${id}-resolution`} rows={4} value={draft.resolution} placeholder="e.g. Rolled back to 4.12.1 at 16:12; error rate back to normal by 16:20" onChange={(event) => edit({ resolution: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-lucky`}>Where we got lucky</label>
        <textarea id={`${id}-lucky`} rows={3} value={draft.lucky} placeholder="e.g. It happened outside the EU peak; the retry queue kept every failed order" onChange={(event) => edit({ lucky: event.target.value })} />
      </div>
    </>
  );
}
