import { describe, expect, it } from 'vitest';
import { parseCapture, parseDue, type CaptureContext } from '../../shared/capture/parse-capture.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';

// Tuesday 24 November 2026, 15:30 in Berlin (UTC+1). The workday ends at 17:00 = 16:00Z.
const TUESDAY_AFTERNOON = new Date('2026-11-24T14:30:00.000Z');

function context(overrides: Partial<CaptureContext> = {}): CaptureContext {
  return { now: TUESDAY_AFTERNOON, timeZone: 'Europe/Berlin', settings: DEFAULT_SETTINGS, ...overrides };
}

interface Expected {
  title: string;
  promisedTo?: string | null;
  due?: string | null;
  source?: string | null;
}

// The lines engineers actually type, and what each must mean.
const PHRASES: [string, Expected, Partial<CaptureContext>?][] = [
  ['Send rollout plan to Priya by Thu 3pm', { title: 'Send rollout plan', promisedTo: 'Priya', due: '2026-11-26T14:00:00.000Z' }],
  ['Review design doc on Monday', { title: 'Review design doc', due: '2026-11-30T16:00:00.000Z' }],
  ['Ship hotfix Tue 10am', { title: 'Ship hotfix', due: '2026-12-01T09:00:00.000Z' }],
  ['Write migration plan next week', { title: 'Write migration plan', due: '2026-12-04T16:00:00.000Z' }],
  ['Answer the RFC comments by Friday', { title: 'Answer the RFC comments', due: '2026-11-27T16:00:00.000Z' }],
  ['Look into the flaky checkout test', { title: 'Look into the flaky checkout test', promisedTo: null, due: null, source: null }],
  ['Ask Sam to review the PR for now', { title: 'Ask Sam to review the PR for now', promisedTo: null, due: null }],
  ['Send notes to @priya.k tomorrow', { title: 'Send notes', promisedTo: 'priya.k', due: '2026-11-25T16:00:00.000Z' }],
  ['Write capacity doc for Payments Team', { title: 'Write capacity doc', promisedTo: 'Payments Team', due: null }],
  ['Move the Monday sync to Friday', { title: 'Move the Monday sync', due: '2026-11-27T16:00:00.000Z' }],
  ['Fix the login bug EOD', { title: 'Fix the login bug', due: '2026-11-24T16:00:00.000Z' }],
  ['Fix the login bug by EOD', { title: 'Fix the login bug', due: '2026-11-25T16:00:00.000Z' }, { now: new Date('2026-11-24T17:00:00.000Z') }],
  ['Send the deck to Lee EOW', { title: 'Send the deck', promisedTo: 'Lee', due: '2026-11-27T16:00:00.000Z' }],
  ['Draft the RFC by end of week', { title: 'Draft the RFC', due: '2026-11-27T16:00:00.000Z' }],
  ['Draft the RFC by the end of the week', { title: 'Draft the RFC', due: '2026-11-27T16:00:00.000Z' }],
  ['Clean up stale flags by end of next week', { title: 'Clean up stale flags', due: '2026-12-04T16:00:00.000Z' }],
  ['Close the quarter’s books by EOM', { title: 'Close the quarter’s books', due: '2026-11-30T16:00:00.000Z' }],
  ['Renew the TLS certificate by the 3rd', { title: 'Renew the TLS certificate', due: '2026-12-03T16:00:00.000Z' }],
  ['Pay the contractor invoice by the 24th', { title: 'Pay the contractor invoice', due: '2026-11-24T16:00:00.000Z' }],
  ['Archive the old dashboards by the 31st', { title: 'Archive the old dashboards', due: '2026-12-31T16:00:00.000Z' }],
  ['Send the summary tomorrow morning', { title: 'Send the summary', due: '2026-11-25T11:00:00.000Z' }],
  ['Call Ana this afternoon', { title: 'Call Ana', promisedTo: null, due: '2026-11-24T16:00:00.000Z' }],
  ['Ping the vendor tonight', { title: 'Ping the vendor', due: '2026-11-24T20:00:00.000Z' }],
  ['Prepare the slides by Friday noon', { title: 'Prepare the slides', due: '2026-11-27T11:00:00.000Z' }],
  ['Update the runbook #incident', { title: 'Update the runbook', source: 'incident', due: null }],
  ['Review Omar’s PR #review by tomorrow', { title: 'Review Omar’s PR', source: 'review', due: '2026-11-25T16:00:00.000Z' }],
  ['Fix #1234 by Friday', { title: 'Fix #1234', source: null, due: '2026-11-27T16:00:00.000Z' }],
  ['Write the postmortem for the infra team by Thursday', { title: 'Write the postmortem', promisedTo: 'the infra team', due: '2026-11-26T16:00:00.000Z' }],
  ['Share metrics with the payments squad', { title: 'Share metrics with the payments squad', promisedTo: null }],
  ['Demo to the platform group on Dec 10 at 2pm', { title: 'Demo', promisedTo: 'the platform group', due: '2026-12-10T13:00:00.000Z' }],
  ['Send the contract to Priya Sharma by 5pm', { title: 'Send the contract', promisedTo: 'Priya Sharma', due: '2026-11-24T16:00:00.000Z' }],
  ['Monthly report for Jonas', { title: 'Monthly report', promisedTo: 'Jonas', due: null }],
  ['Update the Q3 roadmap', { title: 'Update the Q3 roadmap', due: null }],
  ['Deploy v2.3 to staging', { title: 'Deploy v2.3 to staging', promisedTo: null, due: null }],
  ['Reply to Lee on 12/1', { title: 'Reply', promisedTo: 'Lee', due: '2026-12-01T16:00:00.000Z' }],
  ['Reply to Lee on 3/12', { title: 'Reply', promisedTo: 'Lee', due: '2026-12-03T16:00:00.000Z' }, { locale: 'en-GB' }],
  ['Send the invoice on Saturday', { title: 'Send the invoice', due: '2026-11-28T16:00:00.000Z' }],
  ['Backport the fix by Wed 9:30', { title: 'Backport the fix', due: '2026-11-25T08:30:00.000Z' }],
  ['Check the alerts at 4pm', { title: 'Check the alerts', due: '2026-11-24T15:00:00.000Z' }],
  ['Check the alerts at 3pm', { title: 'Check the alerts', due: '2026-11-25T14:00:00.000Z' }],
  ['Sync with @omar about the migration EOD', { title: 'Sync with omar about the migration', promisedTo: 'omar', due: '2026-11-24T16:00:00.000Z' }],
  ['Email the team about the outage by 2pm tomorrow', { title: 'Email the team about the outage', promisedTo: null, due: '2026-11-25T13:00:00.000Z' }],
  ['Write tests for the parser', { title: 'Write tests for the parser', promisedTo: null }],
  ['Send rollout plan to Priya by Thu 3pm', { title: 'Send rollout plan', promisedTo: 'Priya', due: '2026-11-26T20:00:00.000Z' }, { timeZone: 'America/New_York' }],
  ['Pair with Ana Mon 9am', { title: 'Pair with Ana', due: '2026-03-30T07:00:00.000Z' }, { now: new Date('2026-03-27T11:00:00.000Z') }],
  ['Reply to Omar today', { title: 'Reply', promisedTo: 'Omar', due: '2026-11-24T16:00:00.000Z' }, { now: new Date('2026-11-24T19:00:00.000Z') }],
  ['Write the monthly report by Friday', { title: 'Write the monthly report by Friday', due: null }, { ignore: ['due'] }],
  ['Send the deck to Lee EOW #meeting', { title: 'Send the deck to Lee #meeting', promisedTo: null, source: null, due: '2026-11-27T16:00:00.000Z' }, { ignore: ['promisedTo', 'source'] }],
];

describe('parseCapture', () => {
  it.each(PHRASES)('%s', (line, expected, overrides) => {
    const parsed = parseCapture(line, context(overrides));
    expect(parsed).toMatchObject(expected);
  });

  it('has at least forty phrases in its table', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
  });

  it('says where each understood part stands in the line, so the preview can show and remove it', () => {
    const line = 'Send rollout plan to Priya by Thu 3pm #meeting';
    const parsed = parseCapture(line, context());
    expect(parsed.parts).toEqual([
      { kind: 'promisedTo', text: 'to Priya', start: 18, end: 26 },
      { kind: 'due', text: 'by Thu 3pm', start: 27, end: 37 },
      { kind: 'source', text: '#meeting', start: 38, end: 46 },
    ]);
    for (const part of parsed.parts) expect(line.slice(part.start, part.end)).toBe(part.text);
  });

  it('gives a date without a time the end of the user’s own workday', () => {
    const lateFinisher = { ...DEFAULT_SETTINGS, workdayEnd: '18:30' };
    expect(parseCapture('Answer the RFC comments by Friday', context({ settings: lateFinisher })).due).toBe('2026-11-27T17:30:00.000Z');
  });

  it('reads end of week as the last of the user’s workdays', () => {
    const fourDayWeek = { ...DEFAULT_SETTINGS, workdays: [1, 2, 3, 4] };
    expect(parseCapture('Send the deck EOW', context({ settings: fourDayWeek })).due).toBe('2026-11-26T16:00:00.000Z');
  });

  it('reads only a due date from a phrase, for renegotiating', () => {
    expect(parseDue('next Friday 10am', context())).toBe('2026-12-04T09:00:00.000Z');
    expect(parseDue('whenever', context())).toBeNull();
  });
});
