import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Settings } from '../../shared/domain/settings.ts';
import { SETTING_LABELS } from '../../shared/settings/labels.ts';
import type { ShellInfo } from '../../shared/shell/channels.ts';
import { SettingField, Weekdays } from '../components/settings/fields.tsx';
import { ShortcutSetting } from '../components/settings/ShortcutSetting.tsx';
import { useSaveSetting } from '../components/settings/use-save-setting.ts';
import { useJournalQuery } from '../journal-query.ts';
import { localeWeek } from '../locale.ts';
import '../components/settings/settings.css';

type WelcomeChoices = Pick<Settings, 'workdays' | 'weekStart' | 'workdayStart' | 'workdayEnd' | 'checkInTime' | 'captureShortcut'>;

/**
 * The first run (`#/welcome`, and again from settings): the few settings the reminders need,
 * proposed from the OS locale the first time, and where the app lives. Skippable.
 */
export function Welcome() {
  const settings = useJournalQuery('ownlog:settings-get', {});
  const shell = useJournalQuery('ownlog:shell-info', {});
  if (!settings.data) return <main className="screen welcome" aria-busy="true" />;
  // The first time, the week is the locale's; afterwards, what the user chose.
  const proposed: WelcomeChoices = { ...settings.data, ...(settings.data.welcomed ? {} : localeWeek()) };
  return <WelcomeForm proposed={proposed} firstRun={!settings.data.welcomed} trayShown={shell.data?.trayShown ?? true} shell={shell.data} />;
}

function WelcomeForm({ proposed, firstRun, trayShown, shell }: { proposed: WelcomeChoices; firstRun: boolean; trayShown: boolean; shell: ShellInfo | undefined }) {
  const [choices, setChoices] = useState(proposed);
  const [, navigate] = useLocation();
  const { save, errorOf } = useSaveSetting();
  const choose = (changes: Partial<WelcomeChoices>) => setChoices((current) => ({ ...current, ...changes }));

  async function start() {
    if (await save({ ...choices, welcomed: true }, 'your week and your shortcut')) navigate('/');
  }

  // Skipped the first time, the week is still the locale's; nothing typed here is kept.
  async function skip() {
    const week = firstRun ? { weekStart: proposed.weekStart, workdays: proposed.workdays } : {};
    if (await save({ ...week, welcomed: true }, 'the welcome is skipped')) navigate('/');
  }

  return (
    <main className="screen welcome">
      <header className="screen-header">
        <h1>Welcome to Ownlog</h1>
      </header>
      <p className="welcome-lead">Ownlog keeps what you promised until you honestly close it. Tell it when you work, so it reminds you then and only then. Everything stays on this computer.</p>
      <section className="panel" aria-labelledby="welcome-week">
        <h2 id="welcome-week">Your week</h2>
        <Weekdays legend={SETTING_LABELS.workdays} days={choices.workdays} weekStart={choices.weekStart} error={errorOf('workdays')} onChange={(workdays) => choose({ workdays })} />
        <div className="field-row">
          <SettingField label={SETTING_LABELS.workdayStart} error={errorOf('workdayStart')}>
            {(id, describedBy) => <input id={id} type="time" aria-describedby={describedBy} value={choices.workdayStart} onChange={(event) => choose({ workdayStart: event.target.value })} />}
          </SettingField>
          <SettingField label={SETTING_LABELS.workdayEnd} error={errorOf('workdayEnd')}>
            {(id, describedBy) => <input id={id} type="time" aria-describedby={describedBy} value={choices.workdayEnd} onChange={(event) => choose({ workdayEnd: event.target.value })} />}
          </SettingField>
          <SettingField label={SETTING_LABELS.checkInTime} hint="A short daily check-in: what you did, what is next, what blocks you." error={errorOf('checkInTime')}>
            {(id, describedBy) => <input id={id} type="time" aria-describedby={describedBy} value={choices.checkInTime} onChange={(event) => choose({ checkInTime: event.target.value })} />}
          </SettingField>
        </div>
      </section>
      <section className="panel" aria-labelledby="welcome-capture">
        <h2 id="welcome-capture">Capture from anywhere</h2>
        <ShortcutSetting value={choices.captureShortcut} info={shell} error={errorOf('captureShortcut')} onSave={(captureShortcut) => choose({ captureShortcut })} />
      </section>
      <section className="panel" aria-labelledby="welcome-where">
        <h2 id="welcome-where">Where Ownlog lives</h2>
        <p>
          {trayShown
            ? 'Ownlog stays in the tray when you close its window, to remind you and to keep a blocker’s clock. Quit it from the tray menu.'
            : 'Your desktop shows no tray icons. Ownlog keeps running when you close its window, to remind you; open Ownlog from your apps to bring the window back.'}
        </p>
      </section>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void start()}>
          Start using Ownlog
        </button>
        <button type="button" className="link" onClick={() => void skip()}>
          Skip for now
        </button>
        <span className="field-hint">You can change all of this, and see this page again, in Settings.</span>
      </div>
    </main>
  );
}
