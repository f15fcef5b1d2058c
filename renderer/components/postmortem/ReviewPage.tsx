import { formatMoment } from '../../../shared/blockers/display.ts';
import { formatSpan, postmortemDocument, postmortemFileStem } from '../../../shared/postmortem/document.ts';
import { FACTOR_LABEL, SEVERITY_LABEL, STEP_LABEL, type StepId } from '../../../shared/postmortem/steps.ts';
import type { PostmortemView } from '../../../shared/postmortem/view.ts';
import { CopyButton } from '../CopyButton.tsx';
import { ExportActions } from '../status/ExportActions.tsx';
import type { PostmortemDraft } from './draft.ts';

interface ReviewPageProps {
  view: PostmortemView;
  draft: PostmortemDraft;
  missing: { step: StepId; missing: string }[];
  onGo: (step: StepId) => void;
  onComplete: () => void;
  completing: boolean;
}

/**
 * The whole postmortem on one page: what is still missing (each a way back to its step), then
 * every step's content, and completing it. A complete postmortem opens here.
 */
export function ReviewPage({ view, draft, missing, onGo, onComplete, completing }: ReviewPageProps) {
  const { postmortem, actionItems, progress, timeZone } = view;
  const now = new Date();
  const when = (iso: string | null) => (iso === null ? '—' : formatMoment(iso, { now, timeZone }));
  const whys = draft.whys.filter((answer) => answer.trim() !== '');
  const statement = draft.statement ?? view.statementDraft;

  return (
    <>
      {postmortem.status === 'complete' ? (
        <>
          <p className="pm-complete-note" role="status">
            Complete since {when(postmortem.completedAt)}. Its action items stay in Open loops until they are done.
          </p>
          <ExportActions content={{ kind: 'document', document: postmortemDocument(postmortem, actionItems, timeZone) }} fileStem={postmortemFileStem(postmortem, timeZone)} label="Share it" />
        </>
      ) : missing.length > 0 ? (
        <section className="panel pm-missing" aria-labelledby="pm-missing-title">
          <h2 id="pm-missing-title">Still to do before it is complete</h2>
          <ul>
            {missing.map((gap) => (
              <li key={gap.step}>
                <button type="button" className="link" onClick={() => onGo(gap.step)}>
                  {STEP_LABEL[gap.step]}
                </button>
                : {gap.missing}
              </li>
            ))}
          </ul>
          <p className="field-hint">Until then it stays in Open loops as a draft.</p>
        </section>
      ) : (
        <section className="panel pm-ready" aria-label="Ready to complete">
          <p>Every step has content and every action item has a date.</p>
          <button type="button" className="primary" disabled={completing} onClick={onComplete}>
            Complete the postmortem <kbd>Ctrl+Enter</kbd>
          </button>
        </section>
      )}
      <dl className="facts pm-facts">
        <dt>Severity</dt>
        <dd>{draft.impact.severity === null ? 'Not assessed' : `${String(draft.impact.severity)} — ${SEVERITY_LABEL[draft.impact.severity]}`}</dd>
        <dt>Happened</dt>
        <dd>{when(draft.happenedAt)}</dd>
        <dt>Detected</dt>
        <dd>{when(draft.detectedAt)}</dd>
        <dt>Acknowledged</dt>
        <dd>
          {when(draft.acknowledgedAt)}
          {draft.detectedAt && draft.acknowledgedAt && ` — ${formatSpan(draft.detectedAt, draft.acknowledgedAt)} after it was detected`}
        </dd>
        <dt>Affected</dt>
        <dd>{[draft.impact.who, draft.impact.what, draft.impact.duration].filter((part) => part.trim() !== '').join(' · ') || '—'}</dd>
        <dt>Told</dt>
        <dd>{postmortem.told.length === 0 ? 'Nobody yet' : postmortem.told.map((told) => `${told.who} (${when(told.at)})`).join(', ')}</dd>
        <dt>Action items</dt>
        <dd>
          {progress.done} of {progress.total} done
        </dd>
      </dl>
      <section className="panel" aria-labelledby="pm-review-statement">
        <h2 id="pm-review-statement">Ownership statement</h2>
        <p className="pre">{statement}</p>
        <CopyButton text={statement} label="Copy statement" what="the ownership statement" />
      </section>
      <section className="panel" aria-labelledby="pm-review-timeline">
        <h2 id="pm-review-timeline">Timeline</h2>
        <ol className="pm-review-list">
          {draft.timeline.map((entry, index) => (
            <li key={`${entry.at}-${String(index)}`}>
              <time dateTime={entry.at}>{when(entry.at)}</time> {entry.text}
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="pm-review-cause">
        <h2 id="pm-review-cause">Root cause</h2>
        <ol className="pm-review-list">
          {whys.map((answer, index) => (
            <li key={index}>
              <span className="pm-why">Why {index + 1}</span> {answer}
            </li>
          ))}
        </ol>
        <ul className="pm-factors">
          {draft.factors.map((factor, index) => (
            <li key={index}>
              <span className={`factor-tag factor-${factor.category}`}>{FACTOR_LABEL[factor.category]}</span> {factor.text}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="pm-review-resolution">
        <h2 id="pm-review-resolution">Resolution</h2>
        <p>{draft.resolution || '—'}</p>
        <h3 className="pm-subhead">Where we got lucky</h3>
        <p>{draft.lucky || '—'}</p>
      </section>
      <section className="panel" aria-labelledby="pm-review-actions">
        <h2 id="pm-review-actions">Action items</h2>
        <ul className="pm-review-list">
          {actionItems.map((item) => (
            <li key={item.commitmentId}>
              <span className={`status status-${item.status === 'deleted' ? 'dropped' : item.status}`}>{item.status}</span> {item.title}
              {item.due && ` — due ${when(item.due)}`}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="pm-review-lessons">
        <h2 id="pm-review-lessons">Lessons</h2>
        <ul className="pm-review-list">
          {draft.lessons.map((lesson, index) => (
            <li key={index}>
              {lesson.text}{' '}
              {lesson.tags.map((tag) => (
                <span key={tag} className="pm-tag">
                  #{tag}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
