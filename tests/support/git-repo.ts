import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * git as a test runs it: no global or system configuration (a developer's aliases, hooks or
 * signing never change what a test sees), and every name, e-mail and date given.
 */
function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...env },
  });
}

export interface TestCommit {
  subject: string;
  email: string;
  name?: string;
  /** Author time; the commit time too, unless `committedAt` says otherwise (a rebase). */
  at: string;
  committedAt?: string;
  branch?: string;
}

export interface TestRepository {
  dir: string;
  commit(commit: TestCommit): string;
  remove(): void;
}

/** A new repository in a temporary folder named `name`, on branch main. */
export function makeRepository(name = 'repo'): TestRepository {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-git-'));
  const dir = path.join(parent, name);
  fs.mkdirSync(dir);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  let files = 0;
  return {
    dir,
    commit({ subject, email, name: author = email.split('@')[0] ?? 'someone', at, committedAt = at, branch }) {
      if (branch !== undefined) git(dir, ['checkout', '--quiet', '-B', branch]);
      files += 1;
      fs.writeFileSync(path.join(dir, `change-${String(files)}.txt`), `${subject}\n`);
      git(dir, ['add', '--all']);
      git(dir, ['-c', `user.email=${email}`, '-c', `user.name=${author}`, 'commit', '--quiet', '--no-verify', `--date=${at}`, '-m', subject], { GIT_COMMITTER_DATE: committedAt });
      return git(dir, ['rev-parse', 'HEAD']).trim();
    },
    remove: () => fs.rmSync(parent, { recursive: true, force: true }),
  };
}
