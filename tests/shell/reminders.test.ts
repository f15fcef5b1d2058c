import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifier } from '../../electron/notifications.ts';
import { RECHECK_MS, startReminders } from '../../electron/reminders.ts';
import type { ArmTimer } from '../../electron/timer.ts';
import { keepCheckInWindow } from '../../electron/windows.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { createConfJournalStore } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { BrowserWindow, fake, Notification, powerMonitor } from './fake-electron.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let armed: { callback: () => void; ms: number } | null;

const arm: ArmTimer = (callback, ms) => {
  armed = { callback, ms };
  return () => {
    armed = null;
  };
};

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  Notification.all.length = 0;
  folder = makeJournalDir('reminders-shell');
  armed = null;
});
afterEach(() => {
  folder.remove();
});

function start(settings: Partial<typeof DEFAULT_SETTINGS> = {}) {
  createConfJournalStore(confFiles(folder.dir), clock).saveSettings({ ...DEFAULT_SETTINGS, ...settings });
  const journal = openJournalAt(folder.dir, clock);
  const checkInWindow = keepCheckInWindow((options) => new BrowserWindow(options), '/preload.cjs');
  const reminders = startReminders({
    journal,
    powerMonitor,
    notify: notifier((options) => new Notification(options)),
    openCheckIn: ({ inactive }) => checkInWindow.show(undefined, { inactive }),
    now: () => clock.now(),
    armTimer: arm,
  });
  return { journal, reminders };
}

/** The timer fires at `instant` (the machine may have slept until then). */
function fireAt(instant: string) {
  clock.setWall(instant);
  const timer = armed;
  if (!timer) throw new Error('no timer armed');
  timer.callback();
}

describe('check-in reminders in the main process', () => {
  it('over a week: at the configured time on workdays only, once a day, and not for a day slept through', () => {
    clock = new VirtualClock('2026-11-23T07:00:00.000Z'); // Monday 08:00 Berlin
    start();
    // Asleep until the next reminder is due, but never longer than a minute at a time.
    expect(armed?.ms).toBe(RECHECK_MS);

    const shownOn: string[] = [];
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    for (const day of days) {
      if (day === '2026-11-25') {
        // Asleep from Tuesday evening to Thursday morning: Wednesday's reminder never comes.
        continue;
      }
      for (const time of ['08:00', '08:31', '09:00', '15:00']) {
        fireAt(`${day}T${time}:00.000Z`);
        const fresh = Notification.all.filter((notification) => notification.shown).length;
        if (fresh > shownOn.length) shownOn.push(`${day}T${time}`);
      }
    }
    expect(shownOn).toEqual(['2026-11-23T08:31', '2026-11-24T08:31', '2026-11-26T08:31', '2026-11-27T08:31']);
    expect(Notification.all.map((notification) => notification.options.title)).toEqual(Array(4).fill('Time to check in'));
    expect(BrowserWindow.all).toEqual([]);
  });

  it('opens the check-in window when the notification is clicked, taking the focus', () => {
    clock = new VirtualClock('2026-11-24T08:31:00.000Z');
    start();
    expect(BrowserWindow.all).toEqual([]);
    Notification.all[0]?.click();
    const [window] = BrowserWindow.all;
    expect(window?.url).toBe('app://ownlog/index.html#/checkin');
    expect(window?.options).toMatchObject({ width: 560, height: 760, title: 'Ownlog — Check-in', webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(window?.focused).toBe(true);
  });

  it('opens the window by itself when the user asked for that, without taking the focus', () => {
    clock = new VirtualClock('2026-11-24T08:31:00.000Z');
    start({ checkInOpensItself: true });
    const [window] = BrowserWindow.all;
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
    expect(window?.focused).toBe(false);
  });

  it('looks again when the machine wakes, instead of waiting for a timer that slept too', () => {
    clock = new VirtualClock('2026-11-24T07:00:00.000Z');
    start();
    clock.setWall('2026-11-24T08:40:00.000Z');
    fake.power('resume');
    expect(Notification.all.map((notification) => notification.shown)).toEqual([true]);
  });
});
