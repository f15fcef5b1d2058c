import { endOfDay, startOfDay, startOfYear, subDays } from 'date-fns';
import { useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useJournalQuery } from '../journal-query.ts';
import { formatDue } from '../format.ts';
import { useShortcuts } from '../keyboard.ts';

type Period = 'week' | 'month' | 'year' | 'all' | 'custom';

const PERIODS: Record<Exclude<Period, 'custom'>, { label: string; from: (now: Date) => Date }> = {
  week: { label: 'Last 7 days', from: (now) => startOfDay(subDays(now, 6)) },
  month: { label: 'Last 30 days', from: (now) => startOfDay(subDays(now, 29)) },
  year: { label: 'This year', from: (now) => startOfYear(now) },
  all: { label: 'All time', from: () => new Date('2000-01-01T00:00:00.000Z') },
};

/** "2026-11-24" for a date input, in local time. */
function dateInputValue(date: Date): string {
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Closed commitments: browsable by period and searchable by words, person and ending. */
export function Closed() {
  const now = new Date();
  const [period, setPeriod] = useState<Period>('month');
  const [from, setFrom] = useState(dateInputValue(subDays(now, 29)));
  const [to, setTo] = useState(dateInputValue(now));
  const [text, setText] = useState('');
  const [person, setPerson] = useState('');
  const [ending, setEnding] = useState<'' | 'done' | 'dropped'>('');
  const [, navigate] = useLocation();
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = { period: useId(), from: useId(), to: useId(), text: useId(), person: useId(), ending: useId() };
  useShortcuts({ Escape: () => navigate('/'), '/': () => searchRef.current?.focus(), f: () => searchRef.current?.focus() });

  const range =
    period === 'custom'
      ? { from: startOfDay(new Date(`${from}T00:00`)), to: endOfDay(new Date(`${to}T00:00`)) }
      : { from: PERIODS[period].from(now), to: endOfDay(now) };
  const valid = !Number.isNaN(range.from.getTime()) && !Number.isNaN(range.to.getTime()) && range.from <= range.to;
  const query = {
    from: valid ? range.from.toISOString() : now.toISOString(),
    to: valid ? range.to.toISOString() : now.toISOString(),
    ...(text.trim() ? { text } : {}),
    ...(person ? { person } : {}),
    ...(ending ? { ending } : {}),
  };
  const closed = useJournalQuery('ownlog:commitment-closed', query, { keepPrevious: true });
  const results = closed.data ?? [];
  const people = [...new Set(results.map((commitment) => commitment.promisedTo).filter((name) => name !== null))].sort();

  return (
    <main className="screen">
      <Link href="/" className="back">
        ← Open loops <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>
          Closed <span className="count">{results.length}</span>
        </h1>
      </header>
      <div className="filters" role="search">
        <label className="visually-hidden" htmlFor={ids.text}>
          Search closed commitments
        </label>
        <input id={ids.text} ref={searchRef} type="search" placeholder="Search (/)" value={text} onChange={(event) => setText(event.target.value)} />
        <label className="visually-hidden" htmlFor={ids.period}>
          Period
        </label>
        <select id={ids.period} value={period} onChange={(event) => setPeriod(event.target.value as Period)}>
          {Object.entries(PERIODS).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
          <option value="custom">Between dates…</option>
        </select>
        {period === 'custom' && (
          <>
            <label htmlFor={ids.from}>From</label>
            <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            <label htmlFor={ids.to}>to</label>
            <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </>
        )}
        <label className="visually-hidden" htmlFor={ids.person}>
          Promised to
        </label>
        <select id={ids.person} value={person} onChange={(event) => setPerson(event.target.value)}>
          <option value="">Anyone</option>
          {people.map((name) => (
            <option key={name} value={name}>
              to {name}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={ids.ending}>
          How it ended
        </label>
        <select id={ids.ending} value={ending} onChange={(event) => setEnding(event.target.value as '' | 'done' | 'dropped')}>
          <option value="">Done or dropped</option>
          <option value="done">Done</option>
          <option value="dropped">Dropped</option>
        </select>
      </div>
      {!valid && (
        <p className="form-error" role="alert">
          The period must start before it ends.
        </p>
      )}
      {closed.isError && (
        <p className="load-error" role="alert">
          {closed.error.message}
        </p>
      )}
      {closed.isSuccess && results.length === 0 ? (
        <section className="empty" aria-label="Nothing closed">
          <h2>Nothing closed here</h2>
          <p>No commitment closed in this period matches. Try a longer period or fewer words.</p>
        </section>
      ) : (
        <ol className="closed-list" aria-label="Closed commitments">
          {results.map((commitment) => (
            <li key={commitment.id}>
              <Link href={`/closed/${(commitment.closedAt ?? '').slice(0, 7)}/${commitment.id}`} className="closed-item">
                <span className={`status status-${commitment.status}`}>{commitment.status === 'done' ? 'Done' : 'Dropped'}</span>
                <span className="loop-title-text">{commitment.title}</span>
                <span className="loop-meta">
                  {commitment.promisedTo && <span>to {commitment.promisedTo}</span>}
                  {commitment.closedAt && <time dateTime={commitment.closedAt}>{formatDue(commitment.closedAt, now)}</time>}
                  {commitment.history.some((event) => event.type === 'renegotiated') && <span>renegotiated</span>}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
