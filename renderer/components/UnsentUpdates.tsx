import { Link } from 'wouter';
import { useJournalQuery } from '../journal-query.ts';

/** Drafted updates not yet marked sent: open loops of their own, until they go out. */
export function UnsentUpdates() {
  const list = useJournalQuery('ownlog:status-list', {});
  const unsent = list.data?.unsent ?? [];
  if (unsent.length === 0) return null;
  return (
    <section className="unsent" aria-labelledby="unsent-title">
      <h2 id="unsent-title" className="section-title">
        Not sent yet <span className="count">{unsent.length}</span>
      </h2>
      <ul>
        {unsent.map((update) => (
          <li key={update.id}>
            <Link href={`/status/${update.id}`}>{update.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
