import { z } from 'zod';
import { BragAssignments, BragCategories, DEFAULT_BRAG_CATEGORIES } from './brag.ts';
import { OwnershipLevel } from './commitment.ts';
import { ThresholdMinutes } from './blocker.ts';
import { TimeOfDay } from './time.ts';
import { AuthorEmail, RepositoryFolders } from './repositories.ts';

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()` and date-fns number them. */
export const Weekday = z.number().int().min(0, 'A weekday is 0 (Sunday) to 6 (Saturday).').max(6, 'A weekday is 0 (Sunday) to 6 (Saturday).');

export const Settings = z.strictObject({
  /** A due date given without a time means the end of the workday. */
  workdayStart: TimeOfDay,
  workdayEnd: TimeOfDay,
  workdays: z.array(Weekday).min(1, 'Choose at least one workday.').max(7, 'A week has seven days.'),
  /** How close to its due date a commitment is flagged for renegotiation. */
  dueSoonHours: z.number().int('Give whole hours.').min(1, 'At least an hour.').max(24 * 14, 'At most two weeks (336 hours).'),
  /** An open commitment untouched this long is aging: the kind that erodes trust silently. */
  agingDays: z.number().int('Give whole days.').min(1, 'At least a day.').max(365, 'At most a year (365 days).'),
  /** The overcommit check: at most this many open commitments due within that many workdays. */
  capacity: z.strictObject({
    maxOpen: z.number().int('Give a whole number.').min(1, 'At least one commitment.').max(100, 'At most 100 commitments.'),
    withinWorkdays: z.number().int('Give whole workdays.').min(1, 'At least one workday.').max(30, 'At most 30 workdays.'),
  }),
  /** The "definition of shipped" a commitment's checklist starts from. */
  shippedChecklist: z.array(z.string().trim().min(1, 'An item cannot be empty.').max(200, 'Keep each item under 200 characters.')).max(30, 'At most 30 items.'),
  defaultOwnership: OwnershipLevel,
  /** How long a blocker may run before the user should raise it (each blocker can differ). */
  blockerThresholdMinutes: ThresholdMinutes,
  /** When the daily check-in reminder comes, on workdays. */
  checkInTime: TimeOfDay,
  /** Open the check-in window by itself at that time (never taking the focus), not only remind. */
  checkInOpensItself: z.boolean(),
  /** The first day of the week for weekly updates: 1 Monday, 0 Sunday. */
  weekStart: z.union([z.literal(0), z.literal(1)]),
  /** When the weekly update reminder comes. */
  weeklyUpdate: z.strictObject({ day: Weekday, time: TimeOfDay }),
  /**
   * Which reminders Ownlog shows. Outside work hours (the workdays, between the start and the
   * end of the workday) reminders wait; a blocker reaching its threshold never does.
   */
  notifications: z.strictObject({
    checkIn: z.boolean(),
    weeklyUpdate: z.boolean(),
    dueSoon: z.boolean(),
    overdue: z.boolean(),
    blockerThreshold: z.boolean(),
  }),
  /** The quick-capture window's global shortcut, in Electron's accelerator syntax. */
  captureShortcut: z
    .string()
    .trim()
    .max(60)
    // A function key may stand alone; any other key needs a modifier, or it is taken from every app.
    .regex(/^(((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Plus|[-=[\];',./`\\])|F([1-9]|1[0-9]|2[0-4]))$/i, 'Use modifiers and one key, like CommandOrControl+Shift+Space.')
    .or(z.literal('')),
  launchAtLogin: z.boolean(),
  /** Started at login, Ownlog stays in the tray instead of opening its window. */
  startHidden: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  /** How many daily backups are kept (those taken before an import or a migration are kept always). */
  keepDailyBackups: z.number().int().min(1, 'Keep at least one daily backup.').max(365),
  /** The welcome was seen (or skipped): it is not shown at start again. */
  welcomed: z.boolean(),
  /** Local repositories whose commits by the user are offered as check-in and update lines. */
  gitRepositories: RepositoryFolders,
  /** The author e-mail of the user's commits in those repositories. */
  gitAuthorEmail: AuthorEmail,
  /** The headings of the brag doc and the keywords that sort items under them. */
  bragCategories: BragCategories,
  /** Items the user moved to a category by hand: record id → category id. */
  bragAssignments: BragAssignments,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  workdayStart: '09:00',
  workdayEnd: '17:00',
  workdays: [1, 2, 3, 4, 5],
  dueSoonHours: 24,
  agingDays: 7,
  capacity: { maxOpen: 5, withinWorkdays: 3 },
  shippedChecklist: [
    'Tests cover the change',
    'Monitoring shows it working',
    'An alert for the worst failure',
    'A runbook for when it breaks',
    'A note on why it was built this way',
    'The team knows what to watch',
  ],
  defaultOwnership: 3,
  blockerThresholdMinutes: 120,
  checkInTime: '09:30',
  checkInOpensItself: false,
  weekStart: 1,
  weeklyUpdate: { day: 5, time: '15:00' },
  notifications: { checkIn: true, weeklyUpdate: true, dueSoon: true, overdue: true, blockerThreshold: true },
  captureShortcut: 'CommandOrControl+Shift+Space',
  launchAtLogin: false,
  startHidden: true,
  theme: 'system',
  keepDailyBackups: 14,
  welcomed: false,
  gitRepositories: [],
  gitAuthorEmail: '',
  bragCategories: DEFAULT_BRAG_CATEGORIES,
  bragAssignments: {},
};
