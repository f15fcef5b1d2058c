import { format } from 'date-fns';
import { useId, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { StatusUpdate } from '../../shared/domain/status-update.ts';
import { UpdateEditor } from '../components/status/UpdateEditor.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Status updates: drafted from the journal for today, this week or any range, edited, exported
 * and marked sent. Unsent drafts are open loops, listed first.
 */
export function Status() {
  const { id } = useParams<{ id?: string }>();
  const list = useJournalQuery('ownlog:status-list', {});
  const [, navigate] = useLocation();
  const draft = useJournalCommand('ownlog:status-draft');
  const [since, setSince] = useState('');
  const sinceId = useId();
  const parsedSince = useJournalQuery('ownlog:status-parse-since', { text: since }, { keepPrevious: true });
  useShortcuts({ Escape: () => navigate('/') });

  const unsent = list.data?.unsent ?? [];
  const sent = list.data?.sent ?? [];
  const selected = [...unsent, ...sent].find((update) => update.id === id) ?? (id === undefined ? unsent[0] : undefined);
  const open = (update: StatusUpdate) => navigate(`/status/${update.id}`);
  const from = since.trim() === '' ? null : (parsedSince.data?.from ?? null);

  return (
    <main className="screen status-screen">
      <Link href="/" className="back">
        ← Open loops <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>Status updates</h1>
      </header>
      <section className="panel draft-new" aria-label="Draft an update">
        <div className="draft-buttons">
          <button type="button" className="primary" disabled={draft.isPending} onClick={() => draft.mutate({ cadence: 'daily' }, { onSuccess: open })}>
            Today’s update
          </button>
          <button type="button" className="primary" disabled={draft.isPending} onClick={() => draft.mutate({ cadence: 'weekly' }, { onSuccess: open })}>
            This week’s update
          </button>
        </div>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (from) draft.mutate({ cadence: 'range', from }, { onSuccess: open });
          }}
        >
          <label htmlFor={sinceId}>Or since</label>
          <input id={sinceId} type="text" value={since} placeholder="last Thursday, Nov 2, the 3rd…" onChange={(event) => setSince(event.target.value)} />
          <button type="submit" disabled={!from || draft.isPending}>
            Draft
          </button>
        </form>
        <p className="field-hint" aria-live="polite">
          {since.trim() === '' ? '' : from ? `From ${format(new Date(from), 'EEE d MMM yyyy, HH:mm')} until now` : 'Not a date Ownlog understands yet.'}
        </p>
        <p className="form-error" role="alert">
          {draft.error?.message}
        </p>
      </section>
      <div className="status-layout">
        <nav className="update-list" aria-label="Updates">
          <h2>Not sent yet</h2>
          {unsent.length === 0 ? <p className="field-hint">No drafts waiting.</p> : <UpdateLinks updates={unsent} selected={selected?.id} />}
          <h2>Sent</h2>
          {sent.length === 0 ? <p className="field-hint">Nothing sent in the last 60 days.</p> : <UpdateLinks updates={sent} selected={selected?.id} />}
        </nav>
        {selected ? (
          <UpdateEditor key={`${selected.id}-${selected.sentAt ?? ''}-${selected.generated.length}`} update={selected} zone={ZONE} />
        ) : (
          <section className="empty" aria-label="No update open">
            <h2>{id === undefined ? 'No update open' : 'That update is gone'}</h2>
            <p>Draft today’s or this week’s update above: Ownlog fills it in from your journal, and you edit it before sending.</p>
          </section>
        )}
      </div>
    </main>
  );
}

function UpdateLinks({ updates, selected }: { updates: StatusUpdate[]; selected: string | undefined }) {
  return (
    <ul>
      {updates.map((update) => (
        <li key={update.id}>
          <Link href={`/status/${update.id}`} className={update.id === selected ? 'current' : undefined} aria-current={update.id === selected ? 'page' : undefined}>
            {update.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
