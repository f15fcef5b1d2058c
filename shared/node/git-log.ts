import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitCommit, GitLog, GitLogAnswer, GitProblem } from '../git/port.ts';

export interface GitExecutableOptions {
  /** The git to run: "git" on the PATH unless told otherwise. */
  git?: string;
  /** The environment git runs in; the app's own by default. */
  env?: NodeJS.ProcessEnv;
  /** How long one repository may take before it is given up on. */
  timeoutMs?: number;
  /** Where "~" points: the user's home folder by default. */
  home?: string;
}

// Fields and records are split by control characters that cannot appear in a subject line.
const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = '--format=%H%x1f%aI%x1f%ae%x1f%s%x1e';

function problem(kind: GitProblem, message: string): GitLogAnswer {
  return { ok: false, problem: kind, message };
}

/** A literal e-mail as a pattern for git's --author, which takes a regular expression. */
function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.replace(/^(fatal|error):\s*/, '').trim()).find(Boolean) ?? '';
}

function parse(stdout: string, authorEmail: string, since: Date, until: Date): GitCommit[] {
  const email = authorEmail.toLocaleLowerCase();
  const commits: GitCommit[] = [];
  for (const record of stdout.split(RECORD)) {
    const [hash, authored, author, subject] = record.replace(/^\n/, '').split(FIELD);
    if (hash === undefined || authored === undefined || author === undefined || subject === undefined || hash === '') continue;
    const at = Date.parse(authored);
    // --author matches anywhere in "Name <e-mail>"; only the user's exact address counts.
    if (author.toLocaleLowerCase() !== email || Number.isNaN(at) || at < since.getTime() || at > until.getTime()) continue;
    commits.push({ hash, authoredAt: new Date(at).toISOString(), authorEmail: author, subject });
  }
  return commits;
}

interface ExecFailure {
  code?: string | number | null;
  killed?: boolean;
  signal?: string | null;
  stderr?: string;
}

function isExecFailure(error: unknown): error is Error & ExecFailure {
  return error instanceof Error;
}

/**
 * Reads commits with the `git` executable the user already has: it understands every
 * repository they can use (worktrees, packed refs, partial clones, LFS pointers) with nothing
 * bundled into the app, and the user can check what Ownlog sees by running the same command.
 * It is run with an argument list — never through a shell — so a folder or an e-mail is
 * never read as a command.
 */
export function gitExecutableLog({ git = 'git', env = process.env, timeoutMs = 15_000, home = os.homedir() }: GitExecutableOptions = {}): GitLog {
  return {
    async read({ folder, authorEmail, since, until }) {
      const dir = folder === '~' ? home : folder.startsWith('~/') || folder.startsWith('~\\') ? path.join(home, folder.slice(2)) : folder;
      try {
        const stat = await fs.stat(dir);
        if (!stat.isDirectory()) return problem('not-a-folder', `${folder} is a file, not a folder. Give the folder of the repository.`);
      } catch {
        return problem('missing-folder', `${folder} is not there any more — was it moved, renamed or on a drive that is not connected?`);
      }
      const args = [
        '-C',
        dir,
        '-c',
        'log.showSignature=false',
        'log',
        '--branches',
        '--remotes',
        '--no-merges',
        '--regexp-ignore-case',
        `--author=${literalPattern(authorEmail)}`,
        // --since prunes by commit time, which is never before authoring: what was authored in the
        // period was committed since it began. The end is checked on the author time, below.
        `--since=@${String(Math.floor(since.getTime() / 1000))}`,
        FORMAT,
      ];
      return new Promise((resolve) => {
        execFile(
          git,
          args,
          { env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
          (error, stdout, stderr) => {
            if (!error) {
              resolve({ ok: true, commits: parse(stdout, authorEmail, since, until) });
              return;
            }
            const failure: ExecFailure = isExecFailure(error) ? error : {};
            const said = firstLine(stderr);
            if (failure.code === 'ENOENT') resolve(problem('no-git', 'Git is not installed (or not on the PATH), so Ownlog cannot read your commits. Install git and open Ownlog again.'));
            else if (failure.killed === true || failure.signal === 'SIGTERM') resolve(problem('timeout', `Reading ${folder} took longer than ${String(Math.round(timeoutMs / 1000))} s, so Ownlog stopped. Is it on a slow or network drive?`));
            else if (/not a git repository/i.test(stderr)) resolve(problem('not-a-repository', `${folder} is not a git repository. Give the folder you cloned (the one with .git in it).`));
            else resolve(problem('failed', `Git could not read ${folder}: ${said || 'it stopped without saying why'}.`));
          },
        );
      });
    },
  };
}
