import { Settings } from '../domain/settings.ts';
import { JournalError } from '../errors.ts';
import { assertWritable, type JournalContext } from '../journal-context.ts';

/**
 * Writes changed settings, checked whole against their schema first, so a bad change is
 * refused with its reason and nothing is written; then the journal uses them.
 */
export function replaceSettings(context: JournalContext, next: Settings): Settings {
  assertWritable(context);
  const checked = Settings.safeParse(next);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'Those settings cannot be saved.');
  context.store.saveSettings(checked.data);
  context.settings = checked.data;
  context.changed();
  return checked.data;
}
