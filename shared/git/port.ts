/**
 * Reading commits from the user's own repositories, on their machine. A port the journal is
 * given at start (Node implements it in shared/node/git-log.ts), so the core stays pure and
 * tests can give it any history.
 */

export interface GitCommit {
  /** Full hash. */
  hash: string;
  /** When it was authored, ISO 8601 in UTC. */
  authoredAt: string;
  authorEmail: string;
  /** The first line of the message. */
  subject: string;
}

/** What can go wrong with one folder: each has a message the user can act on. */
export type GitProblem = 'no-git' | 'missing-folder' | 'not-a-folder' | 'not-a-repository' | 'timeout' | 'failed';

export type GitLogAnswer = { ok: true; commits: GitCommit[] } | { ok: false; problem: GitProblem; message: string };

export interface GitLogQuery {
  /** The folder as the user gave it (~ stands for their home folder). */
  folder: string;
  authorEmail: string;
  since: Date;
  until: Date;
}

export interface GitLog {
  /**
   * Commits authored by `authorEmail` between `since` and `until` (author time), on any local
   * or remote-tracking branch. Never throws: a missing folder, a folder that is not a
   * repository or a missing git are answers, each with a message.
   */
  read(query: GitLogQuery): Promise<GitLogAnswer>;
}
