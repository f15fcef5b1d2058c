import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, fake, Notification, powerMonitor } from './fake-electron.ts';
import { appWindows, type AppWindows } from '../../electron/app-windows.ts';
import { startBlockerHeartbeat } from '../../electron/blocker-heartbeat.ts';
import { thresholdNotifier } from '../../electron/blocker-notifications.ts';
import { notifier } from '../../electron/notifications.ts';
import { startScheduler } from '../../electron/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import type { Journal } from '../../shared/journal.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { call } from '../support/call.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';
import { virtualTimer } from '../support/virtual-timer.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
let timer: ReturnType<typeof virtualTimer>;
let windows: AppWindows;
let stopScheduler: () => void;
/** Every notification shown: when (the user's local time) and what it said. */
let shown: string[];
const errors: unknown[] = [];

function makeNotification(options: { title: string; body: string }): Notification {
  shown.push(`${format(new TZDate(clock.now().getTime(), clock.timeZone()), 'EEE HH:mm')} ${options.title}`);
  return new Notification(options);
}

/** The reminders as main.ts wires them: the journal's notices, Electron's notifications, the app's windows. */
function startReminders(): void {
  const reminders = startScheduler({
    journal,
    powerMonitor,
    notify: notifier(makeNotification),
    open: windows.open,
    now: () => clock.now(),
    armTimer: timer.arm,
    report: (error) => errors.push(error),
  });
  stopScheduler = () => reminders.stop();
}

/** The machine stays awake until `instant`: the scheduler's timer fires whenever it is due. */
function runUntil(instant: string): void {
  const until = Date.parse(instant);
  for (;;) {
    const wait = timer.armedMs();
    if (wait === null) throw new Error('the scheduler armed no timer');
    if (clock.now().getTime() + wait > until) break;
    timer.fire();
  }
  clock.advance(until - clock.now().getTime());
}

/** Quits the app, and starts it again over the same journal folder. */
function restart(): void {
  stopScheduler();
  journal = openJournalAt(folder.dir, clock);
  startReminders();
}

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  shown = [];
  errors.length = 0;
  folder = makeJournalDir('scheduler');
  // Monday 23 November 2026, 07:00 in Berlin. Default settings: Monday to Friday, 09:00–17:00,
  // the check-in reminder at 09:30, the weekly update reminder on Friday at 15:00.
  clock = new VirtualClock('2026-11-23T06:00:00.000Z');
  journal = openJournalAt(folder.dir, clock);
  timer = virtualTimer(clock);
  windows = appWindows((options) => new BrowserWindow(options), '/preload.cjs', { platform: 'linux', app: { hide: () => undefined } });
});
afterEach(() => {
  stopScheduler();
  folder.remove();
  expect(errors).toEqual([]);
});

describe('the reminders over a simulated week', () => {
  it('shows exactly these notifications: check-ins on workdays, due and overdue in work hours, bursts collapsed, the weekly update', () => {
    journal.capture('Send rollout plan to Priya by Wed 12:00');
    journal.capture('Review the payments PR for Omar by Wed 12:00');
    journal.capture('Answer the security questionnaire for Lena by Wed 12:00');
    // Due in the evening: its reminders wait for the next morning's work hours.
    journal.capture('Reply to the vendor by Tue 8pm');
    startReminders();

    // Left on over Monday night; shut from 18:00 to 08:00 the other nights, and over the weekend.
    runUntil('2026-11-24T17:00:00.000Z');
    for (const [shut, opened] of [
      ['2026-11-24T17:00:00.000Z', '2026-11-25T07:00:00.000Z'],
      ['2026-11-25T17:00:00.000Z', '2026-11-26T07:00:00.000Z'],
      ['2026-11-26T17:00:00.000Z', '2026-11-27T07:00:00.000Z'],
      ['2026-11-27T17:00:00.000Z', '2026-11-30T07:00:00.000Z'],
    ] as const) {
      runUntil(shut);
      fake.power('suspend');
      clock.sleep(Date.parse(opened) - Date.parse(shut));
      fake.power('resume');
      // The app restarts on Thursday morning.
      if (opened.startsWith('2026-11-26')) restart();
    }
    runUntil('2026-11-30T08:31:00.000Z');

    expect(shown).toEqual([
      'Mon 09:30 Time to check in',
      'Tue 09:00 Due soon: Reply to the vendor',
      'Tue 09:30 Time to check in',
      'Tue 12:00 3 commitments are due soon',
      'Wed 09:00 Overdue: Reply to the vendor',
      'Wed 09:30 Time to check in',
      'Wed 12:00 3 commitments are overdue',
      'Thu 09:30 Time to check in',
      'Fri 09:30 Time to check in',
      'Fri 15:00 Time for the weekly update',
      'Mon 09:30 Time to check in',
    ]);
    expect(Notification.all.every((notification) => notification.shown)).toBe(true);
  }, 30_000);

  it('sends no check-in reminder on a day the check-in is already saved', () => {
    startReminders();
    runUntil('2026-11-23T07:00:00.000Z');
    call(journal, 'ownlog:checkin-save', { day: '2026-11-23', parts: { yesterday: [], today: ['Ship the export'], blockers: [], planChanges: [] } });
    runUntil('2026-11-23T16:00:00.000Z');
    fake.power('suspend');
    clock.sleep(16 * HOUR);
    fake.power('resume');
    runUntil('2026-11-24T09:00:00.000Z');
    expect(shown).toEqual(['Tue 09:30 Time to check in']);
  });
});

describe('captures in a row', () => {
  it('that all fall due soon come as one notification, not one each', () => {
    startReminders();
    runUntil('2026-11-23T09:00:00.000Z');
    for (const line of ['Send rollout plan to Priya by 3pm', 'Review the payments PR for Omar by 3pm', 'Answer the questionnaire for Lena by 3pm']) {
      journal.capture(line);
      clock.advance(1000);
    }
    runUntil('2026-11-23T09:05:00.000Z');
    expect(shown).toEqual(['Mon 09:30 Time to check in', 'Mon 10:00 3 commitments are due soon']);
  });
});

describe('sleep, clock changes and restarts', () => {
  it('delivers what came due overnight once on waking, collapsed, and never again', () => {
    journal.capture('Send rollout plan to Priya by Mon 10pm');
    journal.capture('Write the on-call runbook by Tue 2am');
    startReminders();
    runUntil('2026-11-23T16:30:00.000Z'); // Monday 17:30: the laptop is shut
    expect(shown).toEqual(['Mon 09:00 2 commitments are due soon', 'Mon 09:30 Time to check in']);
    shown.length = 0;

    fake.power('suspend');
    clock.sleep(16 * HOUR); // opened again on Tuesday at 09:30, no timer fired in between
    fake.power('resume');
    expect(shown).toEqual(['Tue 09:30 Time to check in', 'Tue 09:30 2 commitments are overdue']);

    // Linux often sends no resume at all: the timer firing late does the same, without repeating.
    timer.fire();
    fake.power('unlock-screen');
    runUntil('2026-11-24T16:00:00.000Z');
    restart();
    runUntil('2026-11-24T20:00:00.000Z');
    expect(shown).toHaveLength(2);
  });

  it('drops the reminders of a day slept through entirely: they belong to their day', () => {
    startReminders();
    fake.power('suspend');
    clock.sleep(2 * 24 * HOUR); // from Monday 07:00 to Wednesday 07:00
    timer.fire();
    runUntil('2026-11-25T09:00:00.000Z');
    expect(shown).toEqual(['Wed 09:30 Time to check in']);
  });

  it('notices a wall-clock jump within a minute', () => {
    startReminders();
    runUntil('2026-11-23T07:00:00.000Z'); // Monday 08:00 — the clock was two hours slow
    clock.setWall('2026-11-23T09:00:00.000Z');
    expect(shown).toEqual([]);
    expect(timer.armedMs()).toBeLessThanOrEqual(MINUTE);
    timer.fire();
    expect(shown).toEqual(['Mon 10:01 Time to check in']);
  });

  it('follows a change of time zone: the check-in comes at 09:30 where the user is now', () => {
    startReminders();
    runUntil('2026-11-23T07:00:00.000Z'); // Monday 08:00 in Berlin: the user lands in New York (02:00)
    clock.setTimeZone('America/New_York');
    runUntil('2026-11-23T14:29:00.000Z');
    expect(shown).toEqual([]);
    runUntil('2026-11-23T14:31:00.000Z');
    expect(shown).toEqual(['Mon 09:30 Time to check in']);
  });
});

describe('quiet hours', () => {
  it('hold back reminders, never a running blocker’s threshold', () => {
    const heartbeatTimer = virtualTimer(clock);
    const blockerNotices: string[] = [];
    startBlockerHeartbeat({
      journal,
      powerMonitor,
      armTimer: heartbeatTimer.arm,
      report: (error) => errors.push(error),
      notify: thresholdNotifier({ makeNotification: (options) => makeNotification(options), openBlocker: (id) => blockerNotices.push(id) }),
    });
    clock.setWall('2026-11-23T18:00:00.000Z'); // Monday 19:00, after work
    journal.capture('Send rollout plan to Priya by Mon 8pm');
    const { id } = journal.blockers.start({ what: 'The release build fails on arm64', thresholdMinutes: 30 }).blocker;
    startReminders();
    // Both timers run, whichever is due first; each re-arms itself.
    for (let beat = 0; beat < 3 * 60; beat += 1) {
      heartbeatTimer.fire();
      timer.fire();
    }
    expect(shown).toEqual(['Mon 19:30 Blocked for 30 min — raise it now?']);
    Notification.all[0]?.click();
    expect(blockerNotices).toEqual([id]);
  });
});

describe('a click on a notification', () => {
  it('opens the check-in window, the commitment, or Open loops for a burst', () => {
    const { id } = journal.capture('Send rollout plan to Priya by Mon 10am');
    journal.capture('Review the payments PR for Omar by Mon 11am');
    journal.capture('Write the on-call runbook by Mon 11am');
    startReminders();
    runUntil('2026-11-23T10:01:00.000Z');
    expect(shown).toEqual(['Mon 09:00 3 commitments are due soon', 'Mon 09:30 Time to check in', 'Mon 10:00 Overdue: Send rollout plan', 'Mon 11:00 2 commitments are overdue']);
    const [, checkIn, overdue, burst] = Notification.all;

    checkIn?.click();
    BrowserWindow.all[0]?.emit('ready-to-show');
    expect(BrowserWindow.all.map((window) => [window.url, window.visible, window.focused])).toEqual([['app://ownlog/index.html#/checkin', true, true]]);
    overdue?.click();
    expect(BrowserWindow.all.map((window) => window.url)).toEqual(['app://ownlog/index.html#/checkin', `app://ownlog/index.html#/commitment/${id}`]);
    burst?.click();
    expect(BrowserWindow.all.map((window) => window.url)).toEqual(['app://ownlog/index.html#/checkin', 'app://ownlog/index.html#/']);
  });

  it('opens the check-in window by itself, without taking the focus, when the user asked for that', () => {
    createConfJournalStore(confFiles(folder.dir), clock).saveSettings({ ...DEFAULT_SETTINGS, checkInOpensItself: true });
    journal = openJournalAt(folder.dir, clock);
    startReminders();
    runUntil('2026-11-23T08:31:00.000Z');
    BrowserWindow.all[0]?.emit('ready-to-show');
    expect(BrowserWindow.all.map((window) => [window.url, window.visible, window.focused])).toEqual([['app://ownlog/index.html#/checkin', true, false]]);
  });
});
