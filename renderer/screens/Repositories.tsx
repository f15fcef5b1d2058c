import { subDays } from 'date-fns';
import { useId, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { Settings } from '../../shared/domain/settings.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { useGitCandidates } from '../components/git/use-git-candidates.ts';
import { RecordHeader } from '../components/ledger/RecordHeader.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import '../components/ledger/ledger.css';
import '../components/git/git.css';

/**
 * The repositories whose commits are offered as check-in and update lines, and the author
 * e-mail that says which commits are the user's. (Until the settings screen has a place for
 * them, they are edited here.)
 */
export function Repositories() {
  const settings = useJournalQuery('ownlog:settings-get', {});
  const [, navigate] = useLocation();
  useShortcuts({ Escape: () => navigate('/ledger'), l: () => navigate('/ledger'), b: () => navigate('/brag') });
  return (
    <main className="screen ledger-screen">
      <RecordHeader current="repositories" />
      <p className="period-label">Your commits in these folders are offered as lines for the check-in and the weekly update. Git reads them on this machine; nothing leaves it.</p>
      {settings.data && <SourcesForm key={`${settings.data.gitAuthorEmail}|${settings.data.gitRepositories.join('|')}`} settings={settings.data} />}
      {settings.data && settings.data.gitRepositories.length > 0 && <WhatIsRead />}
    </main>
  );
}

function SourcesForm({ settings }: { settings: Settings }) {
  const [email, setEmail] = useState(settings.gitAuthorEmail);
  const [folders, setFolders] = useState(settings.gitRepositories);
  const [adding, setAdding] = useState('');
  const save = useJournalCommand('ownlog:git-sources-save');
  const { announce } = useCommitmentActions();
  const ids = { email: useId(), folder: useId() };
  const changed = email !== settings.gitAuthorEmail || folders.join('\n') !== settings.gitRepositories.join('\n');

  function add() {
    const folder = adding.trim();
    if (folder === '') return;
    setFolders((current) => [...current, folder]);
    setAdding('');
  }

  return (
    <form
      className="panel"
      aria-label="Repositories to read"
      onSubmit={(event) => {
        event.preventDefault();
        const pending = adding.trim();
        save.mutate(
          { repositories: pending === '' ? folders : [...folders, pending], authorEmail: email },
          {
            onSuccess: (saved) => {
              setAdding('');
              announce(`Saved: ${String(saved.gitRepositories.length)} ${saved.gitRepositories.length === 1 ? 'repository' : 'repositories'}, as ${saved.gitAuthorEmail || 'no author yet'}.`);
            },
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={ids.email}>Your author e-mail</label>
        <input id={ids.email} type="email" value={email} placeholder="you@example.com" autoComplete="email" onChange={(event) => setEmail(event.target.value)} />
        <p className="field-hint">
          The address on your commits: <code>git config user.email</code> prints it.
        </p>
      </div>
      <h2>Folders</h2>
      {folders.length === 0 ? (
        <p className="field-hint">No repositories yet.</p>
      ) : (
        <ul className="git-lines" aria-label="Folders">
          {folders.map((folder) => (
            <li key={folder}>
              <span className="git-subject mono-text">{folder}</span>
              <span />
              <button type="button" aria-label={`Remove ${folder}`} onClick={() => setFolders((current) => current.filter((other) => other !== folder))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={ids.folder}>Add a folder</label>
        <div className="inline-form">
          <input
            id={ids.folder}
            type="text"
            value={adding}
            placeholder="~/code/billing-service"
            spellCheck={false}
            onChange={(event) => setAdding(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={adding.trim() === ''}>
            Add
          </button>
        </div>
        <p className="field-hint">The full path of a repository you cloned, or one under your home folder starting with ~/.</p>
      </div>
      <p className="form-error" role="alert">
        {save.error?.message}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending || (!changed && adding.trim() === '')}>
          Save
        </button>
      </div>
    </form>
  );
}

/** What Ownlog finds in each folder now: the commits of the last seven days, or why it cannot read it. */
function WhatIsRead() {
  const span = useMemo(() => {
    const now = new Date();
    return { span: 'range' as const, from: subDays(now, 7).toISOString(), to: now.toISOString() };
  }, []);
  const found = useGitCandidates(span);
  return (
    <section className="panel" aria-labelledby="what-is-read">
      <h2 id="what-is-read">What Ownlog finds</h2>
      {found.isPending && <p className="field-hint">Reading your repositories…</p>}
      {found.isError && (
        <p className="form-error" role="alert">
          {found.error.message}
        </p>
      )}
      {found.data?.setup === 'no-author' && <p className="field-hint">Give your author e-mail to see which commits are yours.</p>}
      <ul className="git-lines" aria-label="Repositories read">
        {found.data?.repositories.map((repository) => (
          <li key={repository.folder}>
            <span className="git-subject">
              <strong>{repository.name}</strong>{' '}
              {repository.problem ? <span className="git-problem">{repository.problem.message}</span> : <span className="field-hint">{`${String(repository.lines.length + repository.alreadyClosed.length)} of your commits in the last 7 days`}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
