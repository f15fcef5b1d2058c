import type { StoreNotice } from '../../shared/store/port.ts';

/** What the store found wrong on load: where a damaged file was kept, and what it means. */
export function StoreNotices({ notices }: { notices: StoreNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="alert" aria-label="Problems with your journal files">
      {notices.map((notice) => (
        <p key={`${notice.file}-${notice.at}-${notice.problem}`}>{notice.message}</p>
      ))}
    </section>
  );
}
