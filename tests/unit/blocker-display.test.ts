import { describe, expect, it } from 'vitest';
import { formatBlockedClock, formatBlockedTime, formatMoment } from '../../shared/blockers/display.ts';
import { thresholdNotice, trayText } from '../../shared/blockers/notices.ts';
import type { Blocker } from '../../shared/domain/blocker.ts';
import { HOUR, MINUTE } from '../support/virtual-clock.ts';

describe('blocked time', () => {
  it.each([
    [0, '< 1 min', '0:00'],
    [59_999, '< 1 min', '0:00'],
    [MINUTE, '1 min', '0:01'],
    [45 * MINUTE + 59_000, '45 min', '0:45'],
    [2 * HOUR, '2 h', '2:00'],
    [2 * HOUR + 5 * MINUTE, '2 h 05 min', '2:05'],
    [26 * HOUR + 30 * MINUTE, '26 h 30 min', '26:30'],
  ])('%i ms reads "%s", and "%s" in the tray', (ms, words, clock) => {
    expect(formatBlockedTime(ms)).toBe(words);
    expect(formatBlockedClock(ms)).toBe(clock);
  });
});

describe('when something happened', () => {
  const berlin = (now: string) => ({ now: new Date(now), timeZone: 'Europe/Berlin' });

  it.each([
    ['today: the time only', '2026-11-24T09:00:00.000Z', '10:00'],
    ['another day: the day too', '2026-11-23T14:30:00.000Z', 'Mon 23 Nov 15:30'],
    ['another year: the year too', '2025-11-23T14:30:00.000Z', 'Sun 23 Nov 2025 15:30'],
  ])('%s', (_label, iso, shown) => {
    expect(formatMoment(iso, berlin('2026-11-24T14:30:00.000Z'))).toBe(shown);
  });

  it('tells apart the two 02:30s of the night the clocks go back', () => {
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET. Now it is 03:00 CET.
    const after = berlin('2026-10-25T02:00:00.000Z');
    expect(formatMoment('2026-10-25T00:30:00.000Z', after)).toBe('02:30 GMT+2');
    expect(formatMoment('2026-10-25T01:30:00.000Z', after)).toBe('02:30');
  });

  it('shows a time from before the clocks went forward as it was read then', () => {
    // 29 Mar 2026: 02:00 CET becomes 03:00 CEST. Started at 01:30 CET, now 04:00 CEST.
    expect(formatMoment('2026-03-29T00:30:00.000Z', berlin('2026-03-29T02:00:00.000Z'))).toBe('01:30 GMT+1');
  });

  it('shows times in the zone the user is in now, after they travel', () => {
    const started = '2026-11-24T14:30:00.000Z';
    expect(formatMoment(started, { now: new Date('2026-11-24T20:00:00.000Z'), timeZone: 'America/New_York' })).toBe('09:30');
    // In Tokyo it is already the next day: the start was yesterday evening there.
    expect(formatMoment(started, { now: new Date('2026-11-24T16:00:00.000Z'), timeZone: 'Asia/Tokyo' })).toBe('Tue 24 Nov 23:30');
  });
});

describe('what the tray and the notification say', () => {
  const sample: Blocker = {
    kind: 'blocker',
    id: 'blk-00000001',
    what: '',
    commitmentId: null,
    thresholdMinutes: 120,
    status: 'running',
    segments: [{ from: '2026-11-24T14:30:00.000Z', to: null, ms: 0, end: null }],
    attempts: [],
    evidence: '',
    theory: '',
    ask: '',
    thresholdReachedAt: null,
    raised: null,
    resolution: null,
    createdAt: '2026-11-24T14:30:00.000Z',
    updatedAt: '2026-11-24T14:30:00.000Z',
    closedAt: null,
    history: [{ type: 'started', at: '2026-11-24T14:30:00.000Z' }],
  };
  const shown = (what: string, elapsedMs: number, status: Blocker['status'] = 'running') => ({ blocker: { ...sample, what, status }, elapsedMs });

  it('shows nothing in the tray title while no blocker runs', () => {
    expect(trayText([])).toEqual({ title: '', tooltip: 'Ownlog' });
    expect(trayText([shown('Paused one', HOUR, 'paused')])).toEqual({ title: '', tooltip: 'Ownlog' });
  });

  it('shows the time of the longest running blocker, and how many others run', () => {
    expect(trayText([shown('Staging DB refuses connections', 25 * MINUTE), shown('SDK returns 403', 2 * HOUR + 5 * MINUTE), shown('Paused one', 5 * HOUR, 'paused')])).toEqual({
      title: '2:05 +1',
      tooltip: 'Ownlog — Blocked 2 h 05 min on SDK returns 403\nBlocked 25 min on Staging DB refuses connections',
    });
  });

  it('asks to raise it now when the threshold is reached', () => {
    expect(thresholdNotice(shown('SDK returns 403', 2 * HOUR))).toEqual({
      title: 'Blocked for 2 h — raise it now?',
      body: 'SDK returns 403 — your help request is drafted from what you tried. Open it to raise it now.',
    });
  });
});
