import { Link } from 'wouter';
import type { PostmortemLoop } from '../../../shared/loops/open-loops.ts';
import { postmortemRoute, STEP_LABEL } from '../../../shared/postmortem/steps.ts';
import './postmortem.css';

/** Postmortem drafts in Open loops: each an open loop until every step has content. */
export function PostmortemDrafts({ loops }: { loops: readonly PostmortemLoop[] }) {
  if (loops.length === 0) return null;
  return (
    <section className="pm-drafts" aria-labelledby="pm-drafts-title">
      <h2 id="pm-drafts-title" className="section-title">
        Postmortem drafts <span className="count">{loops.length}</span>
      </h2>
      <ol className="pm-list">
        {loops.map(({ postmortem, risk }) => (
          <li key={postmortem.id}>
            <Link href={postmortemRoute(postmortem.id)} className={`pm-row pm-draft-${risk}`}>
              <span className="status status-draft">Draft</span>
              <span className="pm-row-title">{postmortem.title}</span>
              <span className="pm-row-meta">
                <span>
                  {postmortem.stepsLeft === 0 ? 'every step written — ready to complete' : `${String(postmortem.stepsLeft)} of 8 steps to go`} · resume at {STEP_LABEL[postmortem.step]}
                </span>
                {postmortem.progress.total > 0 && (
                  <span>
                    action items {postmortem.progress.done}/{postmortem.progress.total}
                  </span>
                )}
                {risk === 'aging' && <span className="pm-aging">untouched for days</span>}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
