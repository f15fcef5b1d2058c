import { useJournalQuery } from '../journal-query.ts';

/** What the store found wrong on load: where a damaged file was kept, and what it means. */
export function StoreNotices() {
  const notices = useJournalQuery('ownlog:journal-notices', {});
  if (!notices.data || notices.data.length === 0) return null;
  return (
    <section className="notices" role="alert" aria-label="Problems with your journal files">
      {notices.data.map((notice) => (
        <p key={`${notice.file}-${notice.at}-${notice.problem}`}>{notice.message}</p>
      ))}
    </section>
  );
}
