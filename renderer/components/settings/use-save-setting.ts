import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings.ts';
import { SETTING_LABELS } from '../../../shared/settings/labels.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand } from '../../journal-query.ts';

type SettingName = keyof Settings;

/** The setting a refusal is about: the journal starts each message with the setting's label. */
function settingOf(message: string): SettingName | undefined {
  return (Object.keys(SETTING_LABELS) as SettingName[]).find((name) => message.startsWith(`${SETTING_LABELS[name]}: `) || message.startsWith(`${SETTING_LABELS[name]} › `));
}

/** The message without the label the field already shows: "Item 2: An item cannot be empty." */
function withoutLabel(message: string, name: SettingName): string {
  const rest = message.slice(SETTING_LABELS[name].length).replace(/^(: | › )/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Saves settings a field at a time: each change is saved at once (there is no Save button to
 * forget), said in the status line, and a refusal is shown beside the field it is about while
 * what the user typed stays in the field.
 */
export function useSaveSetting() {
  const { announce } = useCommitmentActions();
  const command = useJournalCommand('ownlog:settings-save');
  const [errors, setErrors] = useState<Partial<Record<SettingName, string>>>({});

  function clear(names: readonly SettingName[]) {
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => !names.includes(name as SettingName))));
  }

  async function save(changes: Partial<Settings>, what: string): Promise<boolean> {
    const names = Object.keys(changes) as SettingName[];
    try {
      await command.mutateAsync({ changes });
      clear(names);
      announce(`Saved: ${what}.`);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const name = settingOf(message) ?? names[0];
      if (name) setErrors((current) => ({ ...current, [name]: withoutLabel(message, name) }));
      announce(`Not saved — ${message}`);
      return false;
    }
  }

  /** A value refused before it reaches the journal (a number field holding no number). */
  function refuse(name: SettingName, message: string) {
    setErrors((current) => ({ ...current, [name]: message }));
    announce(`Not saved — ${SETTING_LABELS[name]}: ${message}`);
  }

  return { save, refuse, errorOf: (name: SettingName) => errors[name] ?? '' };
}
