import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake, Menu, nativeTheme, Tray } from './fake-electron.ts';
import { startTray, type TrayActions } from '../../electron/tray.ts';
import type { Journal } from '../../shared/journal.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { MINUTE, VirtualClock } from '../support/virtual-clock.ts';
import { virtualTimer } from '../support/virtual-timer.ts';

const ICONS = path.resolve('assets/tray');
let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
let journal: Journal;
let timer: ReturnType<typeof virtualTimer>;
let chosen: string[];
let stopTray: () => void;

const actions: TrayActions = {
  capture: () => chosen.push('capture'),
  startBlocker: () => chosen.push('start blocker'),
  checkIn: () => chosen.push('check in'),
  open: () => chosen.push('open'),
  quit: () => chosen.push('quit'),
};

/** The tray as main.ts starts it, over a real journal, on a virtual clock. */
function start(platform: NodeJS.Platform): Tray {
  const tray = startTray({
    makeTray: (image) => new Tray(image),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    theme: nativeTheme,
    platform,
    iconsDir: ICONS,
    status: () => journal.trayStatus(),
    onChanged: (listener) => journal.onChanged(listener),
    actions,
    armTimer: timer.arm,
    now: () => clock.now().getTime(),
  });
  stopTray = () => tray.stop();
  const made = Tray.all.at(-1);
  if (!made) throw new Error('no tray was made');
  return made;
}

/** The tray's timer fires on the minute; the blocker heartbeat (its own timer in the app) counts the minute. */
function minutePasses(): void {
  timer.fire();
  journal.blockers.heartbeat();
}

const labels = (tray: Tray) => tray.menu?.template.map((item) => (item.type === 'separator' ? '—' : `${item.label ?? ''}${item.enabled === false ? ' (greyed)' : ''}`));

beforeEach(() => {
  fake.reset();
  fake.becomeReady();
  chosen = [];
  folder = makeJournalDir('tray');
  // Tuesday 24 November 2026, 15:30:20 in Berlin.
  clock = new VirtualClock('2026-11-24T14:30:20.000Z');
  journal = openJournalAt(folder.dir, clock);
  timer = virtualTimer(clock);
});
afterEach(() => {
  stopTray();
  folder.remove();
});

describe('the tray', () => {
  it('says nothing is open on an empty journal, and offers the five actions', () => {
    const tray = start('linux');
    expect(tray.toolTip).toBe('Ownlog — Nothing open');
    expect(labels(tray)).toEqual(['Nothing open (greyed)', '—', 'Capture…', 'Start blocker…', 'Check in', 'Open Ownlog', '—', 'Quit Ownlog']);
    for (const label of ['Capture…', 'Start blocker…', 'Check in', 'Open Ownlog', 'Quit Ownlog']) tray.choose(label);
    tray.emit('click');
    expect(chosen).toEqual(['capture', 'start blocker', 'check in', 'open', 'quit', 'open']);
  });

  it('counts open loops, and sets the menu again when the journal changes (Linux shows no change otherwise)', () => {
    const tray = start('linux');
    const menusBefore = tray.menusSet;
    journal.capture('Send rollout plan to Priya by Thu 3pm');
    expect(tray.menusSet).toBe(menusBefore + 1);
    expect(tray.toolTip).toBe('Ownlog — 1 open loop');
    journal.capture('Review the payments PR for Omar by Friday');
    journal.capture('Write the on-call runbook');
    expect(tray.toolTip).toBe('Ownlog — 3 open loops');
    expect(tray.menu?.template[0]).toMatchObject({ label: '3 open loops', enabled: false });
    expect(tray.menusSet).toBe(menusBefore + 3);
  });

  it('shows a running blocker’s elapsed time in the tooltip and the menu, turning over each minute', () => {
    journal.capture('Send rollout plan to Priya by Thu 3pm');
    journal.blockers.start({ what: 'CI cannot pull the base image' });
    const tray = start('win32');
    expect(tray.toolTip).toBe('Ownlog — Blocked < 1 min on CI cannot pull the base image\n1 open loop');
    // The first update waits for the minute to turn over (40 s), then one each minute.
    expect(timer.armedMs()).toBe(40_000);
    minutePasses();
    expect(timer.armedMs()).toBe(MINUTE);
    for (let minute = 0; minute < 65; minute += 1) minutePasses();
    expect(tray.toolTip).toBe('Ownlog — Blocked 1 h 05 min on CI cannot pull the base image\n1 open loop');
    expect(tray.menu?.template[0]?.label).toBe('1 open loop · blocked 1:05');
    // Only macOS has a title in the menu bar.
    expect(tray.title).toBe('');
  });

  it('updates each minute and not more: one update per timer, one timer at a time', () => {
    const tray = start('linux');
    const menusBefore = tray.menusSet;
    for (let minute = 0; minute < 10; minute += 1) timer.fire();
    expect(tray.menusSet).toBe(menusBefore + 10);
    expect(clock.now().toISOString()).toBe('2026-11-24T14:40:00.000Z');
    stopTray();
    expect(timer.armedMs()).toBeNull();
    expect(tray.destroyed).toBe(true);
    stopTray = () => undefined;
  });

  it('puts the count and the blocked time in the macOS menu bar title', () => {
    journal.capture('Send rollout plan to Priya by Thu 3pm');
    journal.capture('Write the on-call runbook');
    const tray = start('darwin');
    expect(tray.title).toBe('2');
    journal.blockers.start({ what: 'Login fails on staging' });
    for (let minute = 0; minute < 3; minute += 1) minutePasses();
    expect(tray.title).toBe('2 · 0:02');
  });

  it('uses the template image on macOS and follows the tray’s light or dark theme elsewhere', () => {
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
    const linux = start('linux');
    expect(linux.image).toBe(path.join(ICONS, 'tray-light.png'));
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true;
    nativeTheme.emit('updated');
    expect(linux.image).toBe(path.join(ICONS, 'tray-dark.png'));
    stopTray();

    Tray.all.length = 0;
    const mac = start('darwin');
    expect(mac.image).toBe(path.join(ICONS, 'trayTemplate.png'));
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
    nativeTheme.emit('updated');
    expect(mac.image).toBe(path.join(ICONS, 'trayTemplate.png'));
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
  });
});
