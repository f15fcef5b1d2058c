import { useId } from 'react';
import { formatSpan } from '../../../shared/postmortem/document.ts';
import type { StepProps } from './draft.ts';
import { TimeField } from './TimeField.tsx';

/** Step 1: when it happened, was detected and was acknowledged, and how long each took. */
export function AcknowledgeStep({ draft, edit }: StepProps) {
  const id = useId();
  const { happenedAt, detectedAt, acknowledgedAt } = draft;
  return (
    <>
      <p className="step-lead">Owning a mistake starts with saying it happened. The sooner it is acknowledged, the less it costs.</p>
      <div className="field">
        <label htmlFor={`${id}-title`}>What went wrong</label>
        <input id={`${id}-title`} type="text" value={draft.title} autoComplete="off" onChange={(event) => edit({ title: event.target.value })} />
      </div>
      <div className="field-row">
        <TimeField label="When it happened" value={happenedAt} onChange={(at) => at !== null && edit({ happenedAt: at })} required />
        <TimeField label="When it was detected" value={detectedAt} onChange={(at) => edit({ detectedAt: at })} hint={detectedAt ? `${formatSpan(happenedAt, detectedAt)} after it happened` : 'When you, or anyone, first noticed.'} />
        <TimeField label="When you acknowledged it" value={acknowledgedAt} onChange={(at) => edit({ acknowledgedAt: at })} hint="Starting this postmortem counts; say if it was earlier." />
      </div>
      <p className="pm-figure" aria-live="polite">
        Time to acknowledge:{' '}
        <strong>{detectedAt && acknowledgedAt ? formatSpan(detectedAt, acknowledgedAt) : acknowledgedAt ? `${formatSpan(happenedAt, acknowledgedAt)} after it happened (not detected yet)` : 'not acknowledged yet'}</strong>
      </p>
    </>
  );
}
