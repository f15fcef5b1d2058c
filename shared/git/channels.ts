import { z } from 'zod';
import { AuthorEmail, RepositoryFolders } from '../domain/repositories.ts';
import { Settings } from '../domain/settings.ts';
import { IsoInstant } from '../domain/time.ts';
import type { ChannelTable } from '../ipc/channel.ts';

const CandidateLine = z.strictObject({ text: z.string(), subject: z.string(), hash: z.string(), authoredAt: IsoInstant });

const RepositoryCandidates = z.strictObject({
  folder: z.string(),
  name: z.string(),
  problem: z.strictObject({ kind: z.enum(['no-git', 'missing-folder', 'not-a-folder', 'not-a-repository', 'timeout', 'failed']), message: z.string() }).nullable(),
  lines: z.array(CandidateLine),
  alreadyClosed: z.array(z.strictObject({ subject: z.string(), title: z.string() })),
});

export const GitCandidates = z.strictObject({
  from: IsoInstant,
  to: IsoInstant,
  /** Whether there is anything to read: repositories and the author e-mail are both set. */
  setup: z.enum(['ready', 'no-repositories', 'no-author']),
  repositories: z.array(RepositoryCandidates),
});
export type GitCandidates = z.infer<typeof GitCandidates>;

export const CandidateSpan = z.discriminatedUnion('span', [
  /** What the check-in's "yesterday" covers: from the start of the previous workday until now. */
  z.strictObject({ span: z.literal('checkin') }),
  /** A status update's period. */
  z.strictObject({ span: z.literal('range'), from: IsoInstant, to: IsoInstant }),
]);
export type CandidateSpan = z.infer<typeof CandidateSpan>;

/** The channels answered later: reading git runs a process, which must never block the app. */
export const gitReadChannels = {
  'ownlog:git-candidates': { request: CandidateSpan, response: GitCandidates },
} as const satisfies ChannelTable;

export const gitSettingsChannels = {
  /** The repositories and author e-mail to read; answers with the settings as saved. */
  'ownlog:git-sources-save': {
    request: z.strictObject({ repositories: RepositoryFolders, authorEmail: AuthorEmail }),
    response: Settings,
  },
} as const satisfies ChannelTable;
