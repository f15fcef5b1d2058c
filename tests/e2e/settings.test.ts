import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { useAppSuite } from './support/suite.ts';

const suite = useAppSuite();

describe('settings in Chromium', () => {
  it('saves a field as the user leaves it, and keeps a refused value in its field with the reason', async () => {
    const app = await suite.start({ route: '/settings' });
    const { page, journal } = app;
    const status = page.getByRole('status');

    const checkIn = page.getByLabel('Check-in time');
    await checkIn.fill('10:15');
    await checkIn.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Saved: check in at 10:15.');
    expect(journal.settings().checkInTime).toBe('10:15');

    // A due-soon window of 0 hours is refused beside the field; what was typed stays there.
    const dueSoon = page.getByLabel('Due soon (hours before)');
    await dueSoon.fill('0');
    await dueSoon.press('Tab');
    const dueSoonField = page.locator('.setting').filter({ has: dueSoon });
    await expect.poll(() => dueSoonField.getByRole('alert').textContent()).toBe('At least an hour.');
    await expect.poll(() => status.textContent()).toBe('Not saved — Due soon: At least an hour.');
    expect(await dueSoon.inputValue()).toBe('0');
    expect(journal.settings().dueSoonHours).toBe(DEFAULT_SETTINGS.dueSoonHours);
    await dueSoon.fill('48');
    await dueSoon.press('Enter');
    await expect.poll(() => dueSoonField.locator('.form-error').textContent()).toBe('');
    expect(journal.settings().dueSoonHours).toBe(48);

    // A workday that would end before it starts: the message sits under the end.
    await page.getByLabel('Work hours start').fill('18:00');
    await page.getByLabel('Work hours start').press('Enter');
    const endField = page.locator('.setting').filter({ has: page.getByLabel('Work hours end') });
    await expect.poll(() => endField.getByRole('alert').textContent()).toBe('The workday must end after it starts.');
    expect(journal.settings().workdayStart).toBe('09:00');

    // Workdays, notifications and the theme save as they are clicked.
    await page.getByRole('checkbox', { name: 'Saturday' }).click();
    await expect.poll(() => journal.settings().workdays).toEqual([1, 2, 3, 4, 5, 6]);
    await page.getByRole('checkbox', { name: 'A commitment is overdue' }).click();
    await expect.poll(() => journal.settings().notifications.overdue).toBe(false);
    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect.poll(() => journal.settings().theme).toBe('dark');
    await page.getByLabel('Most open commitments').fill('8');
    await page.getByLabel('Most open commitments').press('Enter');
    await expect.poll(() => journal.settings().capacity).toEqual({ maxOpen: 8, withinWorkdays: 3 });

    const shipped = page.getByLabel('Definition of shipped');
    await shipped.fill('Tests cover the change\n\n  A runbook  \n');
    await shipped.blur();
    await expect.poll(() => journal.settings().shippedChecklist).toEqual(['Tests cover the change', 'A runbook']);

    // Esc leaves for Open loops; "," comes back.
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: /^Open loops/ }).waitFor();
    await page.locator('h1').click();
    await page.keyboard.press(',');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });

  it('records the capture shortcut from the keys pressed, and refuses a single key', async () => {
    const { page, journal } = await suite.start({ route: '/settings/desktop' });
    const change = page.getByRole('button', { name: 'Record a new shortcut' });
    await change.click();
    expect(await change.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('k');
    const setting = page.locator('.shortcut-setting');
    await expect.poll(() => setting.locator('.field-hint').first().textContent()).toMatch(/taken from every app/);
    expect(journal.settings().captureShortcut).toBe('CommandOrControl+Shift+Space');

    await page.keyboard.press('Control+Alt+KeyJ');
    await expect.poll(() => journal.settings().captureShortcut).toBe('CommandOrControl+Alt+J');
    await expect.poll(() => setting.locator('.shortcut-current').textContent()).toBe('Ctrl+Alt+J');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved: the capture shortcut.');

    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect.poll(() => journal.settings().captureShortcut).toBe('');
    await expect.poll(() => setting.locator('.shortcut-current').textContent()).toBe('None');
  });

  it('says plainly when the shortcut is taken, and offers the command line to bind instead', async () => {
    const { page, clipboard } = await suite.start({
      route: '/settings/desktop',
      shellInfo: (info) => {
        info.shortcut.registered = false;
      },
    });
    const state = page.locator('.shortcut-state');
    await expect.poll(() => state.textContent()).toContain('Ctrl+Shift+Space is taken by another app');
    await state.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => clipboard.texts).toEqual(['ownlog capture "Send rollout plan to Priya by Thu 3pm"']);
  });

  it('on Wayland, says the desktop owns shortcuts', async () => {
    const { page } = await suite.start({
      route: '/settings/desktop',
      shellInfo: (info) => {
        info.shortcut = { accelerator: 'CommandOrControl+Shift+Space', registered: false, wayland: true };
      },
    });
    const state = page.locator('.shortcut-state');
    await expect.poll(() => state.textContent()).toContain('On Wayland, shortcuts for all apps belong to your desktop');
    expect(await state.textContent()).not.toContain('taken by another app');
  });
});

describe('the first run in Chromium', () => {
  it('proposes the locale’s week, saves the choices and lands on Open loops with the capture line focused', async () => {
    const { page, journal } = await suite.start({ route: '/welcome' });
    const days = page.getByRole('group', { name: 'Workdays' }).getByRole('checkbox');
    expect(await Promise.all((await days.all()).map((day) => day.isChecked()))).toEqual([true, true, true, true, true, false, false]);
    await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
    await page.getByLabel('Check-in time').fill('08:45');
    await page.getByRole('button', { name: 'Start using Ownlog' }).click();

    await page.getByRole('heading', { name: /^Open loops/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('capture-input'))).toBe(true);
    expect(journal.settings()).toMatchObject({ welcomed: true, workdays: [1, 2, 3, 4], checkInTime: '08:45', weekStart: 1 });
  });

  it('follows the OS locale: an American week starts on Sunday, and times read as 3:00 PM', async () => {
    const { page, journal } = await suite.start({ route: '/welcome', locale: 'en-US' });
    const days = page.getByRole('group', { name: 'Workdays' }).getByRole('checkbox');
    expect(await Promise.all((await days.all()).map((day) => day.evaluate((input) => input.nextElementSibling?.textContent)))).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    await page.getByRole('button', { name: 'Start using Ownlog' }).click();
    await page.getByRole('heading', { name: /^Open loops/ }).waitFor();
    expect(journal.settings()).toMatchObject({ weekStart: 0, workdays: [1, 2, 3, 4, 5] });
    await page.keyboard.type('Send rollout plan to Priya by Thu 3pm');
    await expect.poll(() => page.locator('.chip-due').textContent()).toMatch(/^Thu, Nov 26, 3:00\sPM · in 2 days/);
  });

  it('can be skipped, keeping the locale’s week and nothing typed there', async () => {
    const { page, journal } = await suite.start({ route: '/welcome', locale: 'en-US' });
    await page.getByLabel('Check-in time').fill('08:45');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { name: /^Open loops/ }).waitFor();
    expect(journal.settings()).toEqual({ ...DEFAULT_SETTINGS, welcomed: true, weekStart: 0 });
  });
});

describe('the quick capture window in Chromium', () => {
  it('saves on Enter and hands the focus back; Esc cancels and keeps the draft', async () => {
    const app = await suite.start({ route: '/capture', viewport: { width: 680, height: 210 } });
    const { page, journal } = app;
    const line = page.getByLabel('What did you promise?');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('capture-input'))).toBe(true);
    await page.keyboard.type('Send rollout plan to Priya by Thu 3pm');
    await expect.poll(() => page.locator('.chip-person').textContent()).toContain('to Priya');
    await page.keyboard.press('Enter');
    await expect.poll(() => journal.openLoops().map((loop) => loop.commitment.title)).toEqual(['Send rollout plan']);
    await expect.poll(() => app.shell.hidden.count).toBe(1);
    expect(await line.inputValue()).toBe('');

    await page.keyboard.type('Review the retry budget');
    await page.keyboard.press('Escape');
    await expect.poll(() => app.shell.hidden.count).toBe(2);
    expect(journal.openLoops()).toHaveLength(1);
    expect(await line.inputValue()).toBe('Review the retry budget');
  });

  it('starts a blocker from the tray’s “Start blocker…”', async () => {
    const app = await suite.start({ route: '/capture/blocker', viewport: { width: 680, height: 260 } });
    await app.page.keyboard.type('CI cannot pull the base image');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.journal.blockers.list().blockers.map((view) => view.blocker.what)).toEqual(['CI cannot pull the base image']);
    await expect.poll(() => app.shell.hidden.count).toBe(1);
  });
});
