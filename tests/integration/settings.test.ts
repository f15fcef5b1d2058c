import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { invoke } from '../support/data-transfer.ts';
import { makeJournalDir, openJournalAt, snapshotFiles } from '../support/journal-dir.ts';
import { routerFor } from '../support/journal-router.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

let folder: ReturnType<typeof makeJournalDir>;
let clock: VirtualClock;
beforeEach(() => {
  folder = makeJournalDir('settings');
  clock = new VirtualClock('2026-11-24T14:30:00.000Z');
});
afterEach(() => folder.remove());

describe('saving settings from the settings screen', () => {
  it('saves a change with the rest untouched, kept after a restart', async () => {
    const router = routerFor(openJournalAt(folder.dir, clock));
    const saved = await invoke(router, 'ownlog:settings-save', { changes: { checkInTime: '10:15', workdays: [0, 1, 2, 3, 4] } });
    expect(saved).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, checkInTime: '10:15', workdays: [0, 1, 2, 3, 4] } });

    const reopened = routerFor(openJournalAt(folder.dir, clock));
    expect(await invoke(reopened, 'ownlog:settings-get', {})).toMatchObject({ ok: true, value: { checkInTime: '10:15', workdays: [0, 1, 2, 3, 4], theme: 'system' } });
  });

  it.each([
    ['a time that is not a time', { checkInTime: '25:00' }, 'Check-in time: Use a 24-hour time such as 17:00.'],
    ['no workdays', { workdays: [] }, 'Workdays: Choose at least one workday.'],
    ['a workday twice', { workdays: [1, 1, 2] }, 'Workdays: each workday can be chosen once.'],
    ['a workday that ends before it starts', { workdayStart: '18:00' }, 'Work hours end: the workday must end after it starts.'],
    ['due soon of zero hours', { dueSoonHours: 0 }, 'Due soon: At least an hour.'],
    ['aging after two years', { agingDays: 730 }, 'Aging after: At most a year (365 days).'],
    ['a capacity of none', { capacity: { maxOpen: 0, withinWorkdays: 3 } }, 'Capacity: At least one commitment.'],
    ['an empty item in the definition of shipped', { shippedChecklist: ['Tests', '  '] }, 'Definition of shipped › item 2: An item cannot be empty.'],
    ['a shortcut of one plain key', { captureShortcut: 'K' }, 'Capture shortcut: Use modifiers and one key, like CommandOrControl+Shift+Space.'],
    ['a theme Ownlog has not', { theme: 'sepia' }, 'Theme: Invalid option: expected one of "system"|"light"|"dark"'],
    ['a setting Ownlog has not', { fontSize: 14 }, '“fontSize” is not a setting Ownlog has.'],
  ])('refuses %s with a message naming the setting, and writes nothing', async (_name, changes, message) => {
    const journal = openJournalAt(folder.dir, clock);
    const router = routerFor(journal);
    await invoke(router, 'ownlog:settings-save', { changes: { checkInTime: '10:15' } });
    const before = snapshotFiles(folder.dir);

    const refused = await invoke(router, 'ownlog:settings-save', { changes });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message } });
    expect(snapshotFiles(folder.dir)).toEqual(before);
    expect(journal.settings()).toEqual({ ...DEFAULT_SETTINGS, checkInTime: '10:15' });
  });
});
