import { Link, useLocation, useParams } from 'wouter';
import type { BragItem, BragView } from '../../shared/brag/channels.ts';
import { CategoryEditor } from '../components/brag/CategoryEditor.tsx';
import { RecordHeader } from '../components/ledger/RecordHeader.tsx';
import { ExportActions } from '../components/status/ExportActions.tsx';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import { ledgerRoute } from '../ledger-routes.ts';
import '../components/ledger/ledger.css';
import '../components/brag/brag.css';

/** Why an item is where it is; nothing for the first category's, which the hint above explains. */
function placementText(item: BragItem): string | null {
  switch (item.placement.by) {
    case 'you':
      return 'moved here by you';
    case 'keyword':
      return `keyword “${item.placement.keyword}”`;
    case 'default':
      return null;
  }
}

/** Where an item goes, chosen by hand: a category, or back to what its keywords say. */
function MoveTo({ item, view, categoryId }: { item: BragItem; view: BragView; categoryId: string }) {
  const assign = useJournalCommand('ownlog:brag-assign');
  const { announce } = useCommitmentActions();
  return (
    <select
      aria-label={`Category of “${item.title}”`}
      value={item.placement.by === 'you' ? categoryId : ''}
      disabled={assign.isPending}
      onChange={(event) =>
        assign.mutate(
          { ids: item.ids, categoryId: event.target.value === '' ? null : event.target.value },
          { onSuccess: () => announce(`Moved “${item.title}”.`), onError: (error) => announce(error.message) },
        )
      }
    >
      <option value="">{item.placement.by === 'you' ? 'Back to its keywords' : 'Placed by keywords'}</option>
      {view.categories.map((category) => (
        <option key={category.id} value={category.id}>
          Move to {category.name}
        </option>
      ))}
    </select>
  );
}

/**
 * The brag doc: a quarter of work done, shipped, completed and learned, under the user's
 * categories, exported in every format from one document.
 */
export function Brag() {
  const { quarter } = useParams<{ quarter?: string }>();
  const found = useJournalQuery('ownlog:brag-quarter', quarter === undefined ? {} : { quarter });
  const settings = useJournalQuery('ownlog:settings-get', {});
  const [, navigate] = useLocation();
  const view = found.data;
  useShortcuts({
    Escape: () => navigate('/ledger'),
    l: () => navigate('/ledger'),
    g: () => navigate('/repositories'),
    p: () => view && navigate(`/brag/${view.previous}`),
    n: () => view?.next && navigate(`/brag/${view.next}`),
  });

  return (
    <main className="screen ledger-screen brag-screen">
      <RecordHeader current="brag" />
      {found.isError && (
        <p className="load-error" role="alert">
          {found.error.message}
        </p>
      )}
      {view && (
        <>
          <nav className="quarter-nav" aria-label="Quarters">
            <Link href={`/brag/${view.previous}`} className="button">
              ← Earlier <kbd>p</kbd>
            </Link>
            <p className="quarter-label">
              {view.label}
              {view.partial && <span className="field-hint"> so far</span>}
            </p>
            {view.next ? (
              <Link href={`/brag/${view.next}`} className="button">
                Later <kbd>n</kbd> →
              </Link>
            ) : (
              <span />
            )}
          </nav>
          <section className="panel" aria-label="The quarter in figures">
            <dl className="facts">
              <dt>Commitments done</dt>
              <dd>
                {view.counts.closed}
                {view.counts.shipped > 0 && `, ${String(view.counts.shipped)} shipped with every check of their definition of shipped`}
              </dd>
              <dt>Promises kept on time</dt>
              <dd>
                {view.onTime.rate === null ? 'none came due' : `${String(view.onTime.rate)} % (${String(view.onTime.count)} of ${String(view.onTime.total)})`} ·{' '}
                <Link href={ledgerRoute(view.ledgerPeriod)}>the ledger</Link>
              </dd>
              <dt>Postmortems completed</dt>
              <dd>{view.counts.postmortems}</dd>
              <dt>Lessons</dt>
              <dd>{view.counts.lessons}</dd>
            </dl>
            <ExportActions content={{ kind: 'document', document: view.document }} fileStem={view.fileStem} />
          </section>
          {view.categories.map((category, index) => (
            <section key={category.id} className="panel" aria-labelledby={`brag-${category.id}`}>
              <h2 id={`brag-${category.id}`}>
                {category.name} <span className="count">{category.items.length}</span>
              </h2>
              {index === 0 && <p className="field-hint brag-first-hint">What no keyword places comes here.</p>}
              {category.items.length === 0 ? (
                <p className="field-hint">Nothing here this quarter.</p>
              ) : (
                <ul className="brag-items">
                  {category.items.map((item) => (
                    <li key={item.ids[0]}>
                      <span className="brag-title">{item.link ? <Link href={item.link}>{item.title}</Link> : item.title}</span>
                      <span className="loop-meta">
                        {item.people.length > 0 && <span>for {item.people.join(', ')}</span>}
                        {item.ids.length > 1 && <span>×{item.ids.length}</span>}
                        {item.shipped > 0 && <span className="status status-done">{item.shipped === item.ids.length ? 'Shipped' : `${String(item.shipped)} shipped`}</span>}
                        {placementText(item) !== null && <span>{placementText(item)}</span>}
                      </span>
                      <MoveTo item={item} view={view} categoryId={category.id} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
          <section className="panel" aria-labelledby="brag-lessons">
            <h2 id="brag-lessons">Lessons</h2>
            {view.lessons.length === 0 ? (
              <p className="field-hint">No lesson was kept this quarter. Resolving a blocker or completing a postmortem asks for one.</p>
            ) : (
              <ul className="brag-lessons">
                {view.lessons.map((lesson) => (
                  <li key={`${lesson.at}-${lesson.text}`}>
                    {lesson.text} <span className="field-hint">— from {lesson.from === 'blocker' ? 'being stuck on' : 'the postmortem of'} “{lesson.about}”</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {settings.data && (
        <details className="panel">
          <summary>Categories and their keywords</summary>
          <CategoryEditor key={JSON.stringify(settings.data.bragCategories)} categories={settings.data.bragCategories} />
        </details>
      )}
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>p</kbd> earlier quarter · <kbd>n</kbd> later · <kbd>l</kbd> ledger · <kbd>g</kbd> repositories · <kbd>Esc</kbd> back
      </footer>
    </main>
  );
}
