import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, clipboard, fake, ipcMain, Notification, powerMonitor } from './fake-electron.ts';
import { startBlockerHeartbeat, type BlockerHeartbeat } from '../../electron/blocker-heartbeat.ts';
import { thresholdNotifier } from '../../electron/blocker-notifications.ts';
import { recordingShell, routerFor } from '../support/journal-router.ts';
import { initIpc } from '../../electron/ipc.ts';
import { keepMainWindow } from '../../electron/windows.ts';
import { blockerPanelRoute } from '../../shared/blockers/route.ts';
import type { Journal } from '../../shared/journal.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { HOUR, MINUTE, VirtualClock } from '../support/virtual-clock.ts';
import { virtualTimer } from '../support/virtual-timer.ts';

/** The one timer the shell arms, fired by hand as the virtual clock reaches it. */
let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
let timer: ReturnType<typeof virtualTimer>;
let heartbeat: BlockerHeartbeat;
const errors: unknown[] = [];

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  folder = makeJournalDir('heartbeat');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
  journal = openJournalAt(folder.dir, clock);
  timer = virtualTimer(clock);
  errors.length = 0;
  const mainWindow = keepMainWindow((options) => new BrowserWindow(options), '/preload.cjs');
  heartbeat = startBlockerHeartbeat({
    journal,
    powerMonitor,
    armTimer: timer.arm,
    report: (error) => errors.push(error),
    notify: thresholdNotifier({ makeNotification: (options) => new Notification(options), openBlocker: (id) => mainWindow.show(blockerPanelRoute(id)) }),
  });
});
afterEach(() => {
  folder.remove();
  expect(errors).toEqual([]);
});

const minutes = (id: string) => journal.blockers.get(id).elapsedMs / MINUTE;

describe('the blocker heartbeat in the main process', () => {
  it('re-checks at least every 60 seconds, and sooner when a threshold is due first', () => {
    expect(timer.armedMs()).toBe(60_000);
    clock.advance(30_000);
    const { id } = journal.blockers.start({ what: 'CI cannot pull the base image', thresholdMinutes: 2 }).blocker;
    timer.fire();
    expect(minutes(id)).toBe(0.5);
    expect(timer.armedMs()).toBe(60_000);
    timer.fire();
    expect(minutes(id)).toBe(1.5);
    expect(timer.armedMs()).toBe(30_000);
    timer.fire();
    expect(journal.blockers.get(id).blocker.thresholdReachedAt).toBe('2026-11-24T14:32:30.000Z');
    expect(Notification.all).toHaveLength(1);
    expect(timer.armedMs()).toBe(60_000);
  });

  it('listens to every powerMonitor hint, and counts no sleep with or without them', () => {
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) expect(fake.powerListenerCount(event)).toBe(1);
    const { id } = journal.blockers.start({ what: 'CI cannot pull the base image' }).blocker;
    for (let beat = 0; beat < 10; beat += 1) timer.fire();

    fake.power('suspend');
    expect(journal.blockers.get(id).counting).toBe(false);
    clock.sleep(8 * HOUR);
    fake.power('resume');
    expect(journal.blockers.get(id).counting).toBe(true);
    for (let beat = 0; beat < 10; beat += 1) timer.fire();
    expect(minutes(id)).toBe(20);

    // Linux often says nothing: the timer fires when the machine wakes, 8 hours later by the wall clock.
    clock.sleep(8 * HOUR);
    timer.fire();
    expect(minutes(id)).toBe(21);

    fake.power('lock-screen');
    for (let beat = 0; beat < 30; beat += 1) timer.fire();
    fake.power('unlock-screen');
    timer.fire();
    expect(minutes(id)).toBe(22);
  });

  it('shows the threshold notification once, and its click opens the blocker panel', () => {
    const { id } = journal.blockers.start({ what: 'Flaky deadlock in the payment worker', thresholdMinutes: 3 }).blocker;
    for (let beat = 0; beat < 10; beat += 1) timer.fire();
    fake.power('suspend');
    clock.sleep(HOUR);
    fake.power('resume');
    for (let beat = 0; beat < 5; beat += 1) timer.fire();

    expect(Notification.all.map((notification) => [notification.options.title, notification.options.body, notification.shown])).toEqual([
      ['Blocked for 3 min — raise it now?', 'Flaky deadlock in the payment worker — your help request is drafted from what you tried. Open it to raise it now.', true],
    ]);
    expect(BrowserWindow.all).toEqual([]);
    Notification.all[0]?.click();
    expect(BrowserWindow.all.map((window) => [window.url, window.visible])).toEqual([[`app://ownlog/index.html#/blocker/${id}`, true]]);

    // With the window open on another screen and minimised, the same window shows the panel.
    const [window] = BrowserWindow.all;
    void window?.loadURL('app://ownlog/index.html#/');
    if (window) window.minimized = true;
    Notification.all[0]?.click();
    expect(BrowserWindow.all.map((shown) => [shown.url, shown.minimized])).toEqual([[`app://ownlog/index.html#/blocker/${id}`, false]]);
  });

  it('takes a last heartbeat on quit and arms nothing after it', () => {
    const { id } = journal.blockers.start({ what: 'CI cannot pull the base image' }).blocker;
    timer.fire();
    clock.advance(40_000);
    heartbeat.stop();
    expect(timer.armedMs()).toBeNull();
    // The next start of the app finds the 40 seconds after the last timer counted.
    expect(openJournalAt(folder.dir, clock).blockers.get(id).elapsedMs).toBe(MINUTE + 40_000);
  });

  it('reports a heartbeat that fails, and tries again a minute later', () => {
    const failures: unknown[] = [];
    const failing = virtualTimer(clock);
    let calls = 0;
    startBlockerHeartbeat({
      journal: {
        blockers: {
          heartbeat() {
            calls += 1;
            throw new Error('disk full');
          },
        },
      },
      powerMonitor,
      armTimer: failing.arm,
      report: (error) => failures.push(error),
      notify: () => undefined,
    });
    failing.fire();
    expect(calls).toBe(2);
    expect(failures.map(String)).toEqual(['Error: disk full', 'Error: disk full']);
    expect(failing.armedMs()).toBe(60_000);
  });
});

describe('copying through the shell', () => {
  it('writes the help request draft with Electron’s clipboard.writeText', async () => {
    const { id } = journal.blockers.start({ what: 'Login fails on staging' }).blocker;
    journal.blockers.logAttempt({ id, tried: 'Cleared cookies', showed: 'Still 401' });
    initIpc({ ipcMain, router: routerFor(journal, { ...recordingShell(), clipboard }), journal, broadcast: () => undefined });
    const { draft } = journal.blockers.get(id);

    const copy = fake.ipcHandler('ownlog:clipboard-write-text');
    const result = await copy?.({ senderFrame: { url: 'app://ownlog/index.html#/blocker/x', parent: null } }, { text: draft.markdown });
    expect(result).toEqual({ ok: true, value: {} });
    expect(fake.clipboardTexts).toEqual(["I'm stuck on Login fails on staging.\n\nI've tried:\n\n1. Cleared cookies — Still 401"]);

    const refused = await copy?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, { text: 'pwned' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.clipboardTexts).toHaveLength(1);
  });
});
