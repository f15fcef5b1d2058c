import { parseTimeOfDay } from '../domain/time.ts';
import { Settings } from '../domain/settings.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';

/** Minutes since midnight: "17:30" → 1050. */
function minutes(time: string): number {
  const { hours, minutes: rest } = parseTimeOfDay(time);
  return hours * 60 + rest;
}

/**
 * Saves the settings as a whole: a bad value is refused with a message naming the setting, and
 * nothing is saved — never half of a change.
 */
export function saveSettings(context: JournalContext, candidate: unknown): Settings {
  assertWritable(context);
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new JournalError('invalid', issue ? `${issue.path.join(' › ')}: ${issue.message}` : 'Those settings cannot be saved.');
  }
  const settings = parsed.data;
  if (minutes(settings.workdayEnd) <= minutes(settings.workdayStart)) {
    throw new JournalError('invalid', 'The workday must end after it starts.');
  }
  if (new Set(settings.workdays).size !== settings.workdays.length) {
    throw new JournalError('invalid', 'Each workday can be chosen once.');
  }
  context.store.saveSettings(settings);
  context.settings = settings;
  context.changed();
  return settings;
}
