import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitCandidates } from '../../shared/git/channels.ts';
import type { Journal } from '../../shared/journal.ts';
import { gitExecutableLog } from '../../shared/node/git-log.ts';
import { call } from '../support/call.ts';
import { makeRepository, type TestRepository } from '../support/git-repo.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { routerFor } from '../support/journal-router.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

const ME = 'dana@example.com';
const COLLEAGUE = 'lee@example.com';
const week = { since: new Date('2026-11-16T00:00:00.000Z'), until: new Date('2026-11-22T23:59:59.999Z') };

let repository: TestRepository;
let folder: ReturnType<typeof makeJournalDir>;

beforeEach(() => {
  repository = makeRepository('billing-service');
  folder = makeJournalDir('git');
});
afterEach(() => {
  repository.remove();
  folder.remove();
});

describe('reading commits with the git executable', () => {
  it('reads the user’s commits of the period, on every branch, by author time — and nobody else’s', async () => {
    repository.commit({ subject: 'Before the week', email: ME, at: '2026-11-13T10:00:00Z' });
    repository.commit({ subject: 'Fix retry on 503 from the payments API', email: ME, at: '2026-11-16T09:15:00Z' });
    repository.commit({ subject: 'Lee’s refactor', email: COLLEAGUE, at: '2026-11-17T11:00:00Z' });
    repository.commit({ subject: 'Same name, other address', email: `x${ME}`, at: '2026-11-17T12:00:00Z' });
    repository.commit({ subject: 'Add the idempotency key', email: 'Dana@Example.com', at: '2026-11-18T14:00:00Z', branch: 'idempotency' });
    // Written on Sunday, rebased on Monday after the week: authored in it, so it counts.
    repository.commit({ subject: 'Log the retry count', email: ME, at: '2026-11-22T20:00:00Z', committedAt: '2026-11-23T08:00:00Z' });
    repository.commit({ subject: 'After the week', email: ME, at: '2026-11-23T09:00:00Z' });

    const answer = await gitExecutableLog().read({ folder: repository.dir, authorEmail: ME, ...week });
    expect(answer.ok).toBe(true);
    const commits = answer.ok ? answer.commits : [];
    expect(commits.map((commit) => [commit.subject, commit.authoredAt]).sort()).toEqual([
      ['Add the idempotency key', '2026-11-18T14:00:00.000Z'],
      ['Fix retry on 503 from the payments API', '2026-11-16T09:15:00.000Z'],
      ['Log the retry count', '2026-11-22T20:00:00.000Z'],
    ]);
    expect(commits.every((commit) => /^[0-9a-f]{40}$/.test(commit.hash))).toBe(true);
  });

  it('says clearly when a folder is missing, is a file, is not a repository, or git is not there', async () => {
    const read = (folderPath: string, git?: string) => gitExecutableLog(git === undefined ? {} : { git }).read({ folder: folderPath, authorEmail: ME, ...week });
    const moved = path.join(path.dirname(repository.dir), 'renamed-away');
    expect(await read(moved)).toEqual({ ok: false, problem: 'missing-folder', message: `${moved} is not there any more — was it moved, renamed or on a drive that is not connected?` });

    const file = path.join(folder.dir, 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    expect(await read(file)).toMatchObject({ ok: false, problem: 'not-a-folder', message: `${file} is a file, not a folder. Give the folder of the repository.` });

    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-plain-'));
    try {
      expect(await read(plain)).toEqual({ ok: false, problem: 'not-a-repository', message: `${plain} is not a git repository. Give the folder you cloned (the one with .git in it).` });
    } finally {
      fs.rmSync(plain, { recursive: true });
    }

    const noGit = await read(repository.dir, path.join(folder.dir, 'no-such-git'));
    expect(noGit.ok ? null : [noGit.problem, noGit.message]).toEqual(['no-git', 'Git is not installed (or not on the PATH), so Ownlog cannot read your commits. Install git and open Ownlog again.']);
  });

  it('reads a repository with no commits yet as nothing done', async () => {
    expect(await gitExecutableLog().read({ folder: repository.dir, authorEmail: ME, ...week })).toEqual({ ok: true, commits: [] });
  });

  it('takes a folder under ~ as under the home folder', async () => {
    repository.commit({ subject: 'Fix retry on 503', email: ME, at: '2026-11-16T09:15:00Z' });
    const home = path.dirname(repository.dir);
    const answer = await gitExecutableLog({ home }).read({ folder: '~/billing-service', authorEmail: ME, ...week });
    expect(answer.ok && answer.commits.map((commit) => commit.subject)).toEqual(['Fix retry on 503']);
  });
});

describe('commits as candidate lines', () => {
  let clock: VirtualClock;
  let journal: Journal;

  beforeEach(() => {
    // Tuesday 17 November 2026, 09:30 in Berlin: the check-in covers Monday.
    clock = new VirtualClock('2026-11-17T08:30:00.000Z');
    journal = openJournalAt(folder.dir, clock);
  });

  it('are offered for the check-in, grouped by repository, without what a closed commitment already says', async () => {
    const plan = journal.capture('Fix the flaky login test for Lee');
    journal.closeAsDone(plan.id);
    repository.commit({ subject: 'fix: flaky login test (#482)', email: ME, at: '2026-11-16T10:00:00Z' });
    repository.commit({ subject: 'Fix retry on 503 from the payments API', email: ME, at: '2026-11-16T11:00:00Z' });
    repository.commit({ subject: 'fixup! Fix retry on 503 from the payments API', email: ME, at: '2026-11-16T11:30:00Z' });
    repository.commit({ subject: 'Lee’s refactor', email: COLLEAGUE, at: '2026-11-16T12:00:00Z' });
    const docs = makeRepository('handbook');
    try {
      docs.commit({ subject: 'Document the on-call handover', email: ME, at: '2026-11-16T15:00:00Z' });
      const missing = path.join(folder.dir, 'gone');
      call(journal, 'ownlog:git-sources-save', { repositories: [repository.dir, `${docs.dir}/`, missing], authorEmail: ME });
      expect(call(journal, 'ownlog:settings-get', {}).gitRepositories).toEqual([repository.dir, docs.dir, missing]);

      const router = routerFor(journal);
      const answer = await router.invoke('ownlog:git-candidates', { span: 'checkin' });
      expect(answer.ok).toBe(true);
      const candidates = answer.ok ? GitCandidates.parse(answer.value) : null;
      expect(candidates?.from).toBe('2026-11-15T23:00:00.000Z');
      expect(candidates?.setup).toBe('ready');
      expect(candidates?.repositories.map((group) => ({ name: group.name, lines: group.lines.map((line) => line.text), closed: group.alreadyClosed, problem: group.problem?.kind ?? null }))).toEqual([
        { name: 'billing-service', lines: ['Fix retry on 503 from the payments API (billing-service)'], closed: [{ subject: 'fix: flaky login test (#482)', title: 'Fix the flaky login test' }], problem: null },
        { name: 'handbook', lines: ['Document the on-call handover (handbook)'], closed: [], problem: null },
        { name: 'gone', lines: [], closed: [], problem: 'missing-folder' },
      ]);
    } finally {
      docs.remove();
    }
  });

  it('ask for repositories and an author e-mail first, and refuse a relative folder or a bad address', async () => {
    expect((await journal.handlers['ownlog:git-candidates']({ span: 'checkin' })).setup).toBe('no-repositories');
    call(journal, 'ownlog:git-sources-save', { repositories: [repository.dir], authorEmail: '' });
    expect((await journal.handlers['ownlog:git-candidates']({ span: 'checkin' })).setup).toBe('no-author');

    const router = routerFor(journal);
    const relative = await router.invoke('ownlog:git-sources-save', { repositories: ['code/app'], authorEmail: ME });
    expect(relative).toMatchObject({ ok: false, error: { message: 'Give the full path of the folder, like /home/you/code/app or ~/code/app.' } });
    const badEmail = await router.invoke('ownlog:git-sources-save', { repositories: [repository.dir], authorEmail: 'dana at example' });
    expect(badEmail).toMatchObject({ ok: false, error: { message: 'That does not look like an e-mail address, like you@example.com.' } });
    const twice = await router.invoke('ownlog:git-sources-save', { repositories: [repository.dir, `${repository.dir}/`], authorEmail: ME });
    expect(twice).toMatchObject({ ok: false, error: { message: 'That folder is in the list twice.' } });
    expect(call(journal, 'ownlog:settings-get', {})).toMatchObject({ gitRepositories: [repository.dir], gitAuthorEmail: '' });
    // Saved for the next start of the app.
    expect(call(openJournalAt(folder.dir, clock), 'ownlog:settings-get', {}).gitRepositories).toEqual([repository.dir]);
  });
});
