import { useId } from 'react';
import { Link } from 'wouter';
import type { CandidateSpan } from '../../../shared/git/channels.ts';
import { formatDue, formatWeekdayTime } from '../../format.ts';
import { useGitCandidates } from './use-git-candidates.ts';
import './git.css';

interface GitCandidatesProps {
  span: CandidateSpan;
  /** Lines the check-in or update already has: their commits show as added. */
  present: (text: string) => boolean;
  onAdd: (lines: string[]) => void;
  /** "Add" in the check-in, "Insert" in an update. */
  verb: string;
}

/** The user's own commits for the period, by repository, offered as lines. Git is read on this machine only. */
export function GitCandidates({ span, present, onAdd, verb }: GitCandidatesProps) {
  const id = useId();
  const found = useGitCandidates(span);
  const data = found.data;
  return (
    <section className="panel git-candidates" aria-labelledby={`${id}-title`}>
      <header className="git-header">
        <h2 id={`${id}-title`}>From git</h2>
        <button type="button" className="link" disabled={found.isFetching} onClick={() => void found.refetch()}>
          {found.isFetching ? 'Reading…' : 'Read again'}
        </button>
      </header>
      {found.isError && (
        <p className="form-error" role="alert">
          {found.error.message}
        </p>
      )}
      {data?.setup === 'no-repositories' && (
        <p className="field-hint">
          Your commits can be offered here as lines. <Link href="/repositories">Add your repositories</Link> — they are read on this machine, and nothing leaves it.
        </p>
      )}
      {data?.setup === 'no-author' && (
        <p className="field-hint">
          <Link href="/repositories">Give your author e-mail</Link> (git’s user.email) so Ownlog knows which commits are yours.
        </p>
      )}
      {data?.setup === 'ready' && (
        <>
          <p className="field-hint">Your commits since {formatDue(data.from, new Date())}, by repository.</p>
          {data.repositories.map((repository) => {
            const waiting = repository.lines.filter((line) => !present(line.text));
            return (
              <div key={repository.folder} className="git-repository">
                <h3 title={repository.folder}>{repository.name}</h3>
                {repository.problem ? (
                  <p className="git-problem" role="note">
                    {repository.problem.message} <Link href="/repositories">Change the folder</Link>
                  </p>
                ) : repository.lines.length === 0 ? (
                  <p className="field-hint">No commits of yours in this period.</p>
                ) : (
                  <ul className="git-lines" aria-label={`Commits in ${repository.name}`}>
                    {repository.lines.map((line) => {
                      const added = present(line.text);
                      return (
                        <li key={line.hash}>
                          <span className="git-subject">{line.subject}</span>
                          <time className="git-time" dateTime={line.authoredAt}>
                            {formatWeekdayTime(line.authoredAt)}
                          </time>
                          <button type="button" disabled={added} aria-label={added ? `Added: ${line.subject}` : `${verb} “${line.subject}”`} onClick={() => onAdd([line.text])}>
                            {added ? 'Added' : verb}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {waiting.length > 1 && (
                  <button type="button" className="link" onClick={() => onAdd(waiting.map((line) => line.text))}>
                    {verb} all {waiting.length} from {repository.name}
                  </button>
                )}
                {repository.alreadyClosed.length > 0 && (
                  <p className="field-hint">
                    Left out, as commitments you closed already say them:{' '}
                    {repository.alreadyClosed.map((closed) => `“${closed.subject}”`).join(', ')}.
                  </p>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
