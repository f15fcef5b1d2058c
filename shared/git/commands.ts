import type { Settings } from '../domain/settings.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { AsyncHandlersFor, HandlersFor } from '../ipc/channel.ts';
import { assertWritable, ofKind, recordsSince, type JournalContext } from '../journal-context.ts';
import { previousWorkdayStart } from '../checkin/days.ts';
import { saveSettings } from '../settings/commands.ts';
import type { Period } from '../status/period.ts';
import { candidatesOf } from './candidates.ts';
import type { CandidateSpan, GitCandidates, gitReadChannels, gitSettingsChannels } from './channels.ts';
import type { GitLog } from './port.ts';

/** Without a git reader (a journal opened for a test that does not need one), every folder says so. */
const NO_READER: GitLog = {
  read: () => Promise.resolve({ ok: false, problem: 'no-git', message: 'This copy of Ownlog cannot read git repositories.' }),
};

function periodOf(context: JournalContext, request: CandidateSpan): Period {
  const now = context.clock.now();
  if (request.span === 'checkin') return { from: previousWorkdayStart(now, context.clock.timeZone(), context.settings), to: now };
  const from = new Date(request.from);
  const to = new Date(request.to);
  if (from >= to) throw new JournalError('invalid', 'The period must start before it ends.');
  return { from, to };
}

/** Titles of the commitments done since the period began: a commit that says the same is not offered. */
function closedTitles(context: JournalContext, period: Period): string[] {
  return ofKind(recordsSince(context, period.from), 'commitment')
    .filter((commitment) => commitment.status === 'done' && commitment.closedAt !== null && Date.parse(commitment.closedAt) >= period.from.getTime())
    .map((commitment) => commitment.title);
}

/**
 * The user's commits in their repositories for the period, as candidate lines grouped by
 * repository. Every folder is read at once; one that cannot be read says why, and the others
 * are offered as usual.
 */
export async function gitCandidates(context: JournalContext, git: GitLog, request: CandidateSpan): Promise<GitCandidates> {
  const period = periodOf(context, request);
  const { gitRepositories: folders, gitAuthorEmail: authorEmail } = context.settings;
  const base = { from: toIso(period.from), to: toIso(period.to) };
  if (folders.length === 0) return { ...base, setup: 'no-repositories', repositories: [] };
  if (authorEmail === '') return { ...base, setup: 'no-author', repositories: [] };
  const titles = closedTitles(context, period);
  const answers = await Promise.all(folders.map((folder) => git.read({ folder, authorEmail, since: period.from, until: period.to })));
  return { ...base, setup: 'ready', repositories: folders.map((folder, index) => candidatesOf(folder, answers[index] ?? { ok: true, commits: [] }, titles)) };
}

/** "~/code/app/" → "~/code/app", but "/" and "C:\" stay roots. */
function withoutTrailingSeparator(folder: string): string {
  const trimmed = folder.replace(/[\\/]+$/, '');
  return trimmed === '' || trimmed.endsWith(':') ? folder : trimmed;
}

/** Saves which repositories to read and as whom; trailing slashes go, so a folder is listed once. */
export function saveGitSources(context: JournalContext, request: { repositories: string[]; authorEmail: string }): Settings {
  assertWritable(context);
  const repositories = request.repositories.map(withoutTrailingSeparator);
  if (new Set(repositories).size !== repositories.length) throw new JournalError('invalid', 'That folder is in the list twice.');
  return saveSettings(context, { gitRepositories: repositories, gitAuthorEmail: request.authorEmail });
}

export function gitHandlers(context: JournalContext, git: GitLog = NO_READER): HandlersFor<typeof gitSettingsChannels> & AsyncHandlersFor<typeof gitReadChannels> {
  return {
    'ownlog:git-candidates': (request) => gitCandidates(context, git, request),
    'ownlog:git-sources-save': (request) => saveGitSources(context, request),
  };
}
