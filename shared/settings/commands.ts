import { parseTimeOfDay } from '../domain/time.ts';
import { Settings } from '../domain/settings.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';
import { isSettingName, SETTING_LABELS } from './labels.ts';

/** Minutes since midnight: "17:30" → 1050. */
function minutes(time: string): number {
  const { hours, minutes: rest } = parseTimeOfDay(time);
  return hours * 60 + rest;
}

/**
 * "Definition of shipped › item 2: An item cannot be empty." — the setting by its label first,
 * so the screen can place the message beside it; items of a list by their place.
 */
function refusal(path: readonly PropertyKey[], message: string): JournalError {
  const [name, ...rest] = path;
  if (typeof name !== 'string' || !isSettingName(name)) return new JournalError('invalid', message);
  const items = rest.filter((part) => typeof part === 'number').map((index) => `item ${index + 1}`);
  return new JournalError('invalid', `${[SETTING_LABELS[name], ...items].join(' › ')}: ${message}`);
}

/**
 * Saves a change to some settings, checked with the rest as one whole: a bad value is refused
 * with a message that starts with the setting's label, and nothing is saved — never half a change.
 */
export function saveSettings(context: JournalContext, changes: Readonly<Record<string, unknown>>): Settings {
  assertWritable(context);
  const unknown = Object.keys(changes).find((name) => !isSettingName(name));
  if (unknown !== undefined) throw new JournalError('invalid', `“${unknown}” is not a setting Ownlog has.`);
  const parsed = Settings.safeParse({ ...context.settings, ...changes });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw issue ? refusal(issue.path, issue.message) : new JournalError('invalid', 'Those settings cannot be saved.');
  }
  const settings = parsed.data;
  if (minutes(settings.workdayEnd) <= minutes(settings.workdayStart)) {
    throw refusal(['workdayEnd'], 'the workday must end after it starts.');
  }
  if (new Set(settings.workdays).size !== settings.workdays.length) {
    throw refusal(['workdays'], 'each workday can be chosen once.');
  }
  context.store.saveSettings(settings);
  context.settings = settings;
  context.changed();
  return settings;
}
