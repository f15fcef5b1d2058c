import { useDeferredValue, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatMoment } from '../../shared/blockers/display.ts';
import { FACTOR_LABEL, postmortemRoute, SEVERITY_SHORT } from '../../shared/postmortem/steps.ts';
import type { PostmortemSummary, SearchHit } from '../../shared/postmortem/view.ts';
import { MarkedText } from '../components/postmortem/MarkedText.tsx';
import { StartPostmortemDialog } from '../components/postmortem/StartPostmortemDialog.tsx';
import { useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import '../components/postmortem/postmortem.css';

const KIND_LABEL: Record<SearchHit['kind'], string> = { postmortem: 'Postmortem', lesson: 'Lesson', 'blocker-lesson': 'Blocker lesson' };

function SummaryRow({ summary, now }: { summary: PostmortemSummary; now: Date }) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <li>
      <Link href={postmortemRoute(summary.id)} className="pm-row">
        <span className={`severity-badge severity-${summary.severity === null ? 'none' : String(summary.severity)}`}>{summary.severity === null ? 'Sev ?' : `Sev ${String(summary.severity)} · ${SEVERITY_SHORT[summary.severity]}`}</span>
        <span className="pm-row-title">{summary.title}</span>
        <span className="pm-row-meta">
          <time dateTime={summary.happenedAt}>{formatMoment(summary.happenedAt, { now, timeZone: zone })}</time>
          <span className={`status ${summary.status === 'complete' ? 'status-done' : 'status-draft'}`}>{summary.status === 'complete' ? 'Complete' : summary.stepsLeft === 0 ? 'Draft · ready to complete' : `Draft · ${String(summary.stepsLeft)} of 8 steps to go`}</span>
          <span>
            action items {summary.progress.done}/{summary.progress.total}
          </span>
        </span>
      </Link>
    </li>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const body = (
    <>
      <span className="pm-hit-kind">{KIND_LABEL[hit.kind]}</span>
      <span className="pm-hit-text">
        <MarkedText text={hit.text} words={hit.words} />
      </span>
      <span className="pm-row-meta">
        {hit.kind === 'blocker-lesson' ? 'Blocked on: ' : ''}
        <MarkedText text={hit.title} words={hit.words} />
        {hit.tags.map((tag) => (
          <span key={tag} className="pm-tag">
            #{tag}
          </span>
        ))}
      </span>
    </>
  );
  const className = `pm-row pm-hit pm-hit-${hit.kind}`;
  return <li>{hit.postmortemId === null ? <div className={className}>{body}</div> : <Link href={postmortemRoute(hit.postmortemId, 'review')} className={className}>{body}</Link>}</li>;
}

/**
 * Every postmortem, newest first, and a search across them, their lessons and what resolved
 * blockers taught: words match in any form ("deploying" finds "deploy"). What keeps coming
 * back is counted.
 */
export function PostmortemLibrary() {
  const id = useId();
  const [text, setText] = useState('');
  const [starting, setStarting] = useState(false);
  const query = useDeferredValue(text);
  const library = useJournalQuery('ownlog:postmortem-library', {});
  const search = useJournalQuery('ownlog:postmortem-search', { text: query }, { keepPrevious: true });
  const searchRef = useRef<HTMLInputElement>(null);
  const [, navigate] = useLocation();
  const now = new Date();
  useShortcuts({ Escape: () => navigate('/'), f: () => searchRef.current?.focus(), '/': () => searchRef.current?.focus(), p: () => setStarting(true) });
  const data = library.data;
  const searching = text.trim() !== '';
  const hits = search.data?.hits ?? [];

  return (
    <main className="screen pm-library">
      <Link href="/" className="back">
        ← Open loops <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>
          Postmortems <span className="count">{data?.postmortems.length ?? 0}</span>
        </h1>
        <button type="button" onClick={() => setStarting(true)}>
          Start a postmortem <kbd>p</kbd>
        </button>
      </header>
      <div className="filters" role="search">
        <label className="visually-hidden" htmlFor={`${id}-search`}>
          Search postmortems and lessons
        </label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          value={text}
          placeholder="Search postmortems, lessons and blockers’ lessons (f)"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              // Esc clears the search, then leaves the field, so the page's keys work again.
              if (text !== '') setText('');
              else event.currentTarget.blur();
            }
          }}
        />
      </div>
      {searching ? (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="section-title">
            {hits.length === 0 ? 'Nothing found' : `${String(hits.length)} found`}
          </h2>
          {hits.length === 0 ? (
            <p className="empty-inline">No postmortem or lesson has those words. Words match in any form: “deploying” finds “deploy”.</p>
          ) : (
            <ol className="pm-list">
              {hits.map((hit) => (
                <Hit key={`${hit.kind}-${hit.postmortemId ?? ''}-${hit.blockerId ?? ''}-${hit.text}`} hit={hit} />
              ))}
            </ol>
          )}
        </section>
      ) : (
        data && (
          <>
            {data.factors.length > 0 && (
              <section className="panel" aria-labelledby={`${id}-factors`}>
                <h2 id={`${id}-factors`}>What keeps contributing</h2>
                <ul className="pm-factor-counts">
                  {data.factors.map((count) => (
                    <li key={count.category}>
                      <span className={`factor-tag factor-${count.category}`}>{FACTOR_LABEL[count.category]}</span> in {count.postmortems} {count.postmortems === 1 ? 'postmortem' : 'postmortems'}
                    </li>
                  ))}
                </ul>
                {data.recurring.length > 0 && (
                  <ul className="pm-recurring" aria-label="Recurring factors">
                    {data.recurring.map((factor) => (
                      <li key={`${factor.category}-${factor.text}`}>
                        <strong>{factor.postmortems}×</strong> {factor.text} <span className="field-hint">({FACTOR_LABEL[factor.category].toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            {data.postmortems.length === 0 ? (
              <section className="empty" aria-label="No postmortems">
                <h2>No postmortems yet</h2>
                <p>After a mistake, press p: acknowledge it, tell the right people, find what in the system let it happen, and turn prevention into commitments. Blameless, and kept here to learn from.</p>
              </section>
            ) : (
              <ol className="pm-list" aria-label="All postmortems">
                {data.postmortems.map((summary) => (
                  <SummaryRow key={summary.id} summary={summary} now={now} />
                ))}
              </ol>
            )}
          </>
        )
      )}
      {starting && <StartPostmortemDialog onClose={() => setStarting(false)} />}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>f</kbd> search · <kbd>p</kbd> start a postmortem · <kbd>Esc</kbd> Open loops
      </footer>
    </main>
  );
}
