import { describe, expect, it } from 'vitest';
import { parseCapture, type CaptureContext } from '../../shared/capture/parse-capture.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';

// Tuesday 24 November 2026, 15:30 in Berlin (UTC+1).
const TUESDAY_AFTERNOON = new Date('2026-11-24T14:30:00.000Z');

function context(overrides: Partial<CaptureContext> = {}): CaptureContext {
  return { now: TUESDAY_AFTERNOON, timeZone: 'Europe/Berlin', settings: DEFAULT_SETTINGS, ...overrides };
}

describe('parseCapture', () => {
  it('reads title, person and due from the line engineers actually type', () => {
    const parsed = parseCapture('Send rollout plan to Priya by Thu 3pm', context());
    expect(parsed.title).toBe('Send rollout plan');
    expect(parsed.promisedTo).toBe('Priya');
    // Thursday 26 Nov, 15:00 in Berlin.
    expect(parsed.due).toBe('2026-11-26T14:00:00.000Z');
    expect(parsed.parts).toEqual([
      { kind: 'promisedTo', text: 'to Priya', start: 18, end: 26 },
      { kind: 'due', text: 'by Thu 3pm', start: 27, end: 37 },
    ]);
  });

  it('builds the instant in the user’s own time zone', () => {
    const parsed = parseCapture('Send rollout plan to Priya by Thu 3pm', context({ timeZone: 'America/New_York' }));
    expect(parsed.due).toBe('2026-11-26T20:00:00.000Z');
  });

  it('reads a weekday that has passed this week as the next one, never last week’s', () => {
    // Monday was yesterday: "on Monday" means the coming Monday, at the end of the workday.
    expect(parseCapture('Review design doc on Monday', context()).due).toBe('2026-11-30T16:00:00.000Z');
  });

  it('reads today’s weekday at an hour already gone as next week’s', () => {
    // It is Tuesday 15:30; "Tue 10am" has passed, so it is next Tuesday.
    expect(parseCapture('Ship hotfix Tue 10am', context()).due).toBe('2026-12-01T09:00:00.000Z');
  });

  it('reads "next week" as the end of next week’s last workday, not seven days from this minute', () => {
    const parsed = parseCapture('Write migration plan next week', context());
    expect(parsed.title).toBe('Write migration plan');
    // Friday 4 December, 17:00 Berlin.
    expect(parsed.due).toBe('2026-12-04T16:00:00.000Z');
  });

  it('gives a date without a time the end of the user’s workday', () => {
    expect(parseCapture('Answer the RFC comments by Friday', context()).due).toBe('2026-11-27T16:00:00.000Z');
    const lateFinisher = { ...DEFAULT_SETTINGS, workdayEnd: '18:30' };
    expect(parseCapture('Answer the RFC comments by Friday', context({ settings: lateFinisher })).due).toBe(
      '2026-11-27T17:30:00.000Z',
    );
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    // Friday 27 March 2026 in Berlin is UTC+1; Monday 30 March is UTC+2.
    const beforeDst = context({ now: new Date('2026-03-27T11:00:00.000Z') });
    expect(parseCapture('Pair with Ana Mon 9am', beforeDst).due).toBe('2026-03-30T07:00:00.000Z');
  });

  it('leaves a line without a date or a person as it is', () => {
    expect(parseCapture('Look into the flaky checkout test', context())).toEqual({
      title: 'Look into the flaky checkout test',
      promisedTo: null,
      due: null,
      parts: [],
    });
  });

  it('does not take lower-case words after "to" or "for" for a person', () => {
    const parsed = parseCapture('Ask Sam to review the PR for now', context());
    expect(parsed.promisedTo).toBeNull();
    expect(parsed.title).toBe('Ask Sam to review the PR for now');
  });

  it('reads a handle and a team name', () => {
    expect(parseCapture('Send notes to @priya.k tomorrow', context())).toMatchObject({
      title: 'Send notes',
      promisedTo: 'priya.k',
      due: '2026-11-25T16:00:00.000Z',
    });
    expect(parseCapture('Write capacity doc for Payments Team', context()).promisedTo).toBe('Payments Team');
  });

  it('takes the date said last as the due date', () => {
    const parsed = parseCapture('Move the Monday sync to Friday', context());
    expect(parsed.due).toBe('2026-11-27T16:00:00.000Z');
  });

  it('keeps a due that is already past: a promise can already be late', () => {
    const evening = context({ now: new Date('2026-11-24T19:00:00.000Z') });
    expect(parseCapture('Reply to Omar today', evening).due).toBe('2026-11-24T16:00:00.000Z');
  });

  it('leaves an empty title when the line is only a date', () => {
    expect(parseCapture('by Friday', context()).title).toBe('');
  });
});
