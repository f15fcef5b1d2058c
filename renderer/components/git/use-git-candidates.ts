import { useQuery } from '@tanstack/react-query';
import type { CandidateSpan } from '../../../shared/git/channels.ts';
import { request, useJournalQuery } from '../../journal-query.ts';

/**
 * The user's commits for a period. Git is not run again at every change of the journal (an
 * update saved as it is typed would run it each time) — only when the repositories or the
 * author e-mail change, which are part of the key, or when the user asks.
 */
export function useGitCandidates(span: CandidateSpan) {
  const settings = useJournalQuery('ownlog:settings-get', {});
  const sources = settings.data ? { repositories: settings.data.gitRepositories, authorEmail: settings.data.gitAuthorEmail } : null;
  return useQuery({
    queryKey: ['ownlog:git-candidates', span, sources],
    queryFn: () => request('ownlog:git-candidates', span),
    enabled: sources !== null,
    meta: { followsJournal: false },
  });
}
