import { describe, expect, it } from 'vitest';
import { candidatesOf, sameWork } from '../../shared/git/candidates.ts';
import { insertIntoUpdate } from '../../shared/git/insert.ts';
import { repositoryName } from '../../shared/git/repo-name.ts';
import type { GitCommit } from '../../shared/git/port.ts';

const commit = (subject: string, authoredAt: string, hash = subject.length.toString(16).padStart(40, '0')): GitCommit => ({ hash, authoredAt, authorEmail: 'dana@example.com', subject });

describe('a commit and a closed commitment', () => {
  it('are the same work when they say the same words, whatever the commit’s decorations', () => {
    expect(sameWork('fix: flaky login test (#482)', 'Fix the flaky login test')).toBe(true);
    expect(sameWork('feat(billing)!: Split the monolith deploy into two steps', 'Split the monolith deploy into two steps')).toBe(true);
    expect(sameWork('[infra] Upgrade the Postgres client library #77', 'Upgrade the Postgres client library')).toBe(true);
    expect(sameWork('Send rollout plan', 'Send rollout plan')).toBe(true);
  });

  it('are not, when only a word or two is shared', () => {
    expect(sameWork('Fix typo', 'Fix the flaky login test')).toBe(false);
    expect(sameWork('Fix retry on 503', 'Fix the flaky login test')).toBe(false);
    expect(sameWork('Add tests', 'Add tests for the queue consumer and its retries')).toBe(false);
    expect(sameWork('wip', '')).toBe(false);
  });
});

describe('candidate lines of a repository', () => {
  it('come oldest first, each piece of work once, without fix-ups or what a closed commitment says', () => {
    const candidates = candidatesOf(
      '/home/dana/code/billing-service/',
      {
        ok: true,
        commits: [
          commit('Log the retry count', '2026-11-16T15:00:00.000Z'),
          commit('Fix retry on 503', '2026-11-16T09:00:00.000Z'),
          commit('fixup! Fix retry on 503', '2026-11-16T09:30:00.000Z'),
          commit('Fix retry on 503', '2026-11-16T10:00:00.000Z', 'a'.repeat(40)),
          commit('chore: Upgrade the Postgres client library', '2026-11-16T11:00:00.000Z'),
        ],
      },
      ['Upgrade the Postgres client library'],
    );
    expect(candidates.name).toBe('billing-service');
    expect(candidates.lines.map((line) => line.text)).toEqual(['Fix retry on 503 (billing-service)', 'Log the retry count (billing-service)']);
    expect(candidates.alreadyClosed).toEqual([{ subject: 'chore: Upgrade the Postgres client library', title: 'Upgrade the Postgres client library' }]);
  });

  it('carry the reason when a folder cannot be read, and no lines', () => {
    const candidates = candidatesOf('~/code/gone', { ok: false, problem: 'missing-folder', message: '~/code/gone is not there any more.' }, []);
    expect(candidates).toEqual({ folder: '~/code/gone', name: 'gone', problem: { kind: 'missing-folder', message: '~/code/gone is not there any more.' }, lines: [], alreadyClosed: [] });
  });

  it('are named by the last part of their folder, on any system', () => {
    expect(repositoryName('C:\\code\\app\\')).toBe('app');
    expect(repositoryName('~')).toBe('~');
    expect(repositoryName('/srv/repos/handbook')).toBe('handbook');
  });
});

describe('inserting lines into an update', () => {
  it('puts them under a grouped Progress section as their own group, not the last person’s', () => {
    const weekly = '# Weekly update — 2026-W48\n\n## Progress\n\n### For Priya\n\n- Send the rollout plan\n\n## Decisions\n\n- Use advisory locks\n';
    expect(insertIntoUpdate(weekly, ['Fix retry on 503 (billing)', 'Log the retry count (billing)'])).toBe(
      '# Weekly update — 2026-W48\n\n## Progress\n\n### For Priya\n\n- Send the rollout plan\n\n### From git\n\n- Fix retry on 503 (billing)\n- Log the retry count (billing)\n\n## Decisions\n\n- Use advisory locks\n',
    );
    const twice = insertIntoUpdate(insertIntoUpdate(weekly, ['One (billing)']), ['Two (billing)']);
    expect(twice).toContain('### From git\n\n- One (billing)\n- Two (billing)\n\n## Decisions');
    expect(twice.match(/### From git/g)).toHaveLength(1);
  });

  it('replaces "nothing was closed", and appends to a plain list', () => {
    const empty = '# Weekly update\n\n## Progress\n\nNothing was closed in this period.\n\n## Decisions\n\nNo decisions were recorded.\n';
    expect(insertIntoUpdate(empty, ['Fix retry on 503 (billing)'])).toBe('# Weekly update\n\n## Progress\n\n- Fix retry on 503 (billing)\n\n## Decisions\n\nNo decisions were recorded.\n');
    const daily = '# Daily update\n\n## Done\n\n- Send the rollout plan (to Priya)\n\n## Next\n\n- Review the RFC\n';
    expect(insertIntoUpdate(daily, ['Fix retry on 503 (billing)'])).toBe('# Daily update\n\n## Done\n\n- Send the rollout plan (to Priya)\n- Fix retry on 503 (billing)\n\n## Next\n\n- Review the RFC\n');
  });

  it('appends at the end of an update the user has rewritten without those sections', () => {
    expect(insertIntoUpdate('Shipped the billing fix.\n\n', ['Fix retry on 503 (billing)'])).toBe('Shipped the billing fix.\n\n- Fix retry on 503 (billing)\n');
    expect(insertIntoUpdate('## Progress\n\n- A', ['B'])).toBe('## Progress\n\n- A\n- B\n');
  });
});
