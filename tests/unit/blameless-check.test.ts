import { describe, expect, it } from 'vitest';
import { findBlame } from '../../shared/postmortem/blame.ts';

/** People the journal knows: those promised to, raised with, told. */
const PEOPLE = ['Priya', 'Omar', 'Lee', 'Ana', 'Sam', 'the infra team'];

const namesAPerson: [answer: string, phrase: string][] = [
  ['Priya forgot to update the config', 'Priya forgot'],
  ['It failed because of Priya', 'because of Priya'],
  ['Dave forgot to run the migration', 'Dave forgot'],
  ['The intern didn’t test the change', 'The intern didn’t test'],
  ['It was Omar’s fault', 'Omar’s fault'],
  ['Human error during the deploy', 'Human error'],
  ['I forgot to turn the feature flag off', 'I forgot'],
  ['Someone skipped the review', 'Someone skipped'],
  ['He didn’t check the logs before restarting', 'He didn’t check'],
  ['If Lee had read the runbook this would not have happened', 'If Lee had'],
  ['The on-call engineer ignored the alert', 'The on-call engineer ignored'],
  ['Sam should have caught it in review', 'Sam should have'],
  ['Caused by the new hire', 'Caused by the new hire'],
  ['She was careless with the production credentials', 'She was careless'],
  ['Blame the release process owner', 'Blame'],
  ['We forgot to tell support', 'We forgot'],
  ['My mistake: I deployed the wrong branch', 'My mistake'],
  ['They messed up the DNS change', 'They messed up'],
  ['Due to Ana’s oversight the backup was not taken', 'Due to Ana'],
  ['The reviewer missed the missing index', 'The reviewer missed'],
  ['the infra team broke the staging cluster', 'the infra team broke'],
  ['If Marta had checked the dashboard we would have known', 'If Marta had checked'],
];

const neutral: string[] = [
  'The migration took a lock on the orders table',
  'No alert fires when checkout errors rise',
  'Because of the lock timeout the deploy failed',
  'The runbook does not cover rolling back a migration',
  "Priya's review caught the second bug",
  'Omar helped roll back within ten minutes',
  'The feature flag defaults to on in staging',
  'Monitoring missed the spike because the dashboard samples every 5 minutes',
  'Kafka lagged because the consumer group rebalanced',
  'Due to Redis eviction, sessions were lost',
  'The deploy checklist has no step for config changes',
  'Tests skipped the payment path',
  "The alert didn't fire",
  'Nobody had written down the rollback steps',
  'Priya didn’t get the page because the rotation was out of date',
  'We did not have a runbook for the queue',
];

describe('the blameless check', () => {
  it.each(namesAPerson)('asks for the system factor when “%s” names a person as the cause', (answer, phrase) => {
    const finding = findBlame(answer, PEOPLE);
    expect(finding?.phrase).toBe(phrase);
    expect(finding?.prompt).toContain(`“${phrase}” names a person as the cause`);
    expect(finding?.prompt).toContain('Look for the system factor');
  });

  it.each(neutral)('says nothing about “%s”', (answer) => {
    expect(findBlame(answer, PEOPLE)).toBeNull();
  });

  it('knows a person by name only when the journal does, unless the verb is one only a person does', () => {
    expect(findBlame('It failed because of Marta')).toBeNull();
    expect(findBlame('It failed because of Marta', ['Marta'])?.phrase).toBe('because of Marta');
    expect(findBlame('Marta forgot to rotate the key')?.phrase).toBe('Marta forgot');
  });
});
