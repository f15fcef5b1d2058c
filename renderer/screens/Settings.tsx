import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Settings as SettingsValues } from '../../shared/domain/settings.ts';
import { OWNERSHIP_LEVELS } from '../../shared/domain/ownership.ts';
import { SETTING_LABELS } from '../../shared/settings/labels.ts';
import { DataPanel } from '../components/DataPanel.tsx';
import { CommittedInput, NumberInput, SettingField, Toggle, Weekdays } from '../components/settings/fields.tsx';
import { ShortcutSetting } from '../components/settings/ShortcutSetting.tsx';
import { useSaveSetting } from '../components/settings/use-save-setting.ts';
import { useJournalQuery } from '../journal-query.ts';
import { useShortcuts } from '../keyboard.ts';
import { weekdayName, weekOrder } from '../locale.ts';
import '../components/settings/settings.css';

const NOTIFICATION_LABELS: Record<keyof SettingsValues['notifications'], { label: string; hint: string }> = {
  checkIn: { label: 'Check-in reminder', hint: 'On workdays, at the check-in time.' },
  dueSoon: { label: 'A commitment is due soon', hint: 'Once for each, while there is still time to renegotiate.' },
  overdue: { label: 'A commitment is overdue', hint: 'Several at once come as one notification.' },
  blockerThreshold: { label: 'A blocker reached its threshold', hint: 'Time to raise it. Comes even outside work hours.' },
  weeklyUpdate: { label: 'Weekly update reminder', hint: 'On the day and at the time below.' },
};

const THEMES: { value: SettingsValues['theme']; label: string }[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * Settings (`#/settings`, or `#/settings/<section>` to land on one): each field is saved as the
 * user leaves it, checked by the journal, and a refused value stays in its field with the reason.
 */
export function Settings() {
  const params = useParams<{ section?: string }>();
  const [, navigate] = useLocation();
  const settings = useJournalQuery('ownlog:settings-get', {});
  const shell = useJournalQuery('ownlog:shell-info', {});
  const { save, refuse, errorOf } = useSaveSetting();
  useShortcuts({ Escape: () => navigate('/') });

  useEffect(() => {
    if (params.section && settings.data) document.getElementById(`settings-${params.section}`)?.scrollIntoView({ block: 'start' });
  }, [params.section, settings.data]);

  const current = settings.data;
  if (!current) {
    return (
      <main className="screen settings-screen">
        <h1>Settings</h1>
        {settings.isError && (
          <p className="load-error" role="alert">
            {settings.error.message}
          </p>
        )}
      </main>
    );
  }

  const number = (name: 'dueSoonHours' | 'agingDays' | 'blockerThresholdMinutes', what: (value: number) => string) => (id: string, describedBy: string) => (
    <NumberInput
      id={id}
      aria-describedby={describedBy}
      value={current[name]}
      min={1}
      onNumber={(value) => void save({ [name]: value }, what(value))}
      onNotANumber={(message) => refuse(name, message)}
    />
  );

  return (
    <main className="screen settings-screen">
      <Link href="/" className="back">
        ← Open loops <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>Settings</h1>
        <p className="summary">
          Each change is saved as you make it.{' '}
          <Link href="/welcome" className="nav-link">
            Show the welcome again
          </Link>
        </p>
      </header>

      <section className="panel" id="settings-day" aria-labelledby="settings-day-title">
        <h2 id="settings-day-title">Your day</h2>
        <Weekdays legend={SETTING_LABELS.workdays} days={current.workdays} weekStart={current.weekStart} error={errorOf('workdays')} onChange={(workdays) => void save({ workdays }, 'workdays')} />
        <div className="field-row">
          <SettingField label={SETTING_LABELS.workdayStart} error={errorOf('workdayStart')}>
            {(id, describedBy) => <CommittedInput id={id} type="time" aria-describedby={describedBy} value={current.workdayStart} onCommit={(workdayStart) => void save({ workdayStart }, `work starts at ${workdayStart}`)} />}
          </SettingField>
          <SettingField label={SETTING_LABELS.workdayEnd} error={errorOf('workdayEnd')}>
            {(id, describedBy) => <CommittedInput id={id} type="time" aria-describedby={describedBy} value={current.workdayEnd} onCommit={(workdayEnd) => void save({ workdayEnd }, `work ends at ${workdayEnd}`)} />}
          </SettingField>
          <SettingField label={SETTING_LABELS.weekStart} error={errorOf('weekStart')}>
            {(id, describedBy) => (
              <select id={id} aria-describedby={describedBy} value={current.weekStart} onChange={(event) => void save({ weekStart: event.target.value === '0' ? 0 : 1 }, `the week starts on ${weekdayName(Number(event.target.value))}`)}>
                <option value={1}>{weekdayName(1)}</option>
                <option value={0}>{weekdayName(0)}</option>
              </select>
            )}
          </SettingField>
        </div>
        <p className="field-hint">A due date without a time means the end of your workday. Reminders wait outside work hours.</p>
      </section>

      <section className="panel" id="settings-reminders" aria-labelledby="settings-reminders-title">
        <h2 id="settings-reminders-title">Check-in and reminders</h2>
        <div className="field-row">
          <SettingField label={SETTING_LABELS.checkInTime} error={errorOf('checkInTime')}>
            {(id, describedBy) => <CommittedInput id={id} type="time" aria-describedby={describedBy} value={current.checkInTime} onCommit={(checkInTime) => void save({ checkInTime }, `check in at ${checkInTime}`)} />}
          </SettingField>
          <SettingField label="Weekly update on" error={errorOf('weeklyUpdate')}>
            {(id, describedBy) => (
              <span className="inline-controls">
                <select id={id} aria-describedby={describedBy} value={current.weeklyUpdate.day} onChange={(event) => void save({ weeklyUpdate: { ...current.weeklyUpdate, day: Number(event.target.value) } }, `weekly update on ${weekdayName(Number(event.target.value))}`)}>
                  {weekOrder(current.weekStart).map((day) => (
                    <option key={day} value={day}>
                      {weekdayName(day)}
                    </option>
                  ))}
                </select>
                <CommittedInput type="time" aria-label="Weekly update time" value={current.weeklyUpdate.time} onCommit={(time) => void save({ weeklyUpdate: { ...current.weeklyUpdate, time } }, `weekly update at ${time}`)} />
              </span>
            )}
          </SettingField>
        </div>
        <Toggle label="Open the check-in window by itself at that time" hint="It opens behind what you are doing and never takes the focus." checked={current.checkInOpensItself} onChange={(checkInOpensItself) => void save({ checkInOpensItself }, checkInOpensItself ? 'the check-in window opens itself' : 'the check-in window waits to be opened')} />
        <fieldset className="toggles">
          <legend>Notifications</legend>
          {(Object.keys(NOTIFICATION_LABELS) as (keyof SettingsValues['notifications'])[]).map((kind) => (
            <Toggle
              key={kind}
              label={NOTIFICATION_LABELS[kind].label}
              hint={NOTIFICATION_LABELS[kind].hint}
              checked={current.notifications[kind]}
              onChange={(on) => void save({ notifications: { ...current.notifications, [kind]: on } }, `${NOTIFICATION_LABELS[kind].label.toLowerCase()} ${on ? 'on' : 'off'}`)}
            />
          ))}
        </fieldset>
      </section>

      <section className="panel" id="settings-promises" aria-labelledby="settings-promises-title">
        <h2 id="settings-promises-title">Promises and blockers</h2>
        <fieldset className="capacity">
          <legend>{SETTING_LABELS.capacity}</legend>
          <p className="capacity-sentence">
            Warn me before I take on more than{' '}
            <NumberInput aria-label="Most open commitments" value={current.capacity.maxOpen} min={1} onNumber={(maxOpen) => void save({ capacity: { ...current.capacity, maxOpen } }, `capacity of ${maxOpen}`)} onNotANumber={(message) => refuse('capacity', message)} /> open commitments due within{' '}
            <NumberInput aria-label="Workdays ahead" value={current.capacity.withinWorkdays} min={1} onNumber={(withinWorkdays) => void save({ capacity: { ...current.capacity, withinWorkdays } }, `capacity over ${withinWorkdays} workdays`)} onNotANumber={(message) => refuse('capacity', message)} /> workdays.
          </p>
          <p className="form-error" role="alert">
            {errorOf('capacity')}
          </p>
        </fieldset>
        <div className="field-row">
          <SettingField label={`${SETTING_LABELS.dueSoonHours} (hours before)`} error={errorOf('dueSoonHours')}>
            {number('dueSoonHours', (hours) => `due soon ${hours} hours before`)}
          </SettingField>
          <SettingField label={`${SETTING_LABELS.agingDays} (days untouched)`} error={errorOf('agingDays')}>
            {number('agingDays', (days) => `aging after ${days} days`)}
          </SettingField>
          <SettingField label={`${SETTING_LABELS.blockerThresholdMinutes} (minutes)`} hint="The two-hour rule: raise a blocker after this long." error={errorOf('blockerThresholdMinutes')}>
            {number('blockerThresholdMinutes', (minutes) => `blocker threshold ${minutes} minutes`)}
          </SettingField>
        </div>
        <SettingField label={SETTING_LABELS.defaultOwnership} hint="The level a new commitment starts with." error={errorOf('defaultOwnership')}>
          {(id, describedBy) => (
            <select id={id} aria-describedby={describedBy} value={current.defaultOwnership} onChange={(event) => void save({ defaultOwnership: Number(event.target.value) }, `default ownership ${event.target.value}`)}>
              {Object.entries(OWNERSHIP_LEVELS).map(([level, words]) => (
                <option key={level} value={level}>
                  {level} — {words}
                </option>
              ))}
            </select>
          )}
        </SettingField>
        <ShippedChecklist items={current.shippedChecklist} error={errorOf('shippedChecklist')} onSave={(shippedChecklist) => void save({ shippedChecklist }, 'the definition of shipped')} />
      </section>

      <section className="panel" id="settings-desktop" aria-labelledby="settings-desktop-title">
        <h2 id="settings-desktop-title">On your desktop</h2>
        <ShortcutSetting value={current.captureShortcut} info={shell.data} error={errorOf('captureShortcut')} onSave={(captureShortcut) => save({ captureShortcut }, captureShortcut === '' ? 'no capture shortcut' : 'the capture shortcut')} />
        <Toggle label="Launch Ownlog when I log in" checked={current.launchAtLogin} onChange={(launchAtLogin) => void save({ launchAtLogin }, launchAtLogin ? 'Ownlog launches at login' : 'Ownlog does not launch at login')} />
        <Toggle label="Start hidden" hint={shell.data?.trayShown === false ? 'Launched at login, it waits without a window; open Ownlog from your apps to see it.' : 'Launched at login, it waits in the tray without opening its window.'} checked={current.startHidden} onChange={(startHidden) => void save({ startHidden }, startHidden ? 'start hidden' : 'start with the window open')} />
        <fieldset className="theme-choice">
          <legend>{SETTING_LABELS.theme}</legend>
          {THEMES.map((theme) => (
            <label key={theme.value} className="radio">
              <input type="radio" name="theme" value={theme.value} checked={current.theme === theme.value} onChange={() => void save({ theme: theme.value }, `${theme.label.toLowerCase()} theme`)} />
              {theme.label}
            </label>
          ))}
        </fieldset>
        <p className="field-hint">
          {shell.data?.trayShown === false
            ? 'Your desktop shows no tray icons. Closing this window keeps Ownlog running for its reminders; open Ownlog from your apps to bring the window back.'
            : 'Ownlog lives in the tray: closing this window keeps it running for its reminders. Quit from the tray menu.'}
        </p>
      </section>

      <div id="settings-data">
        <DataPanel />
      </div>

      <section className="panel" id="settings-more" aria-labelledby="settings-more-title">
        <h2 id="settings-more-title">More</h2>
        <p>
          <Link href="/repositories" className="nav-link">Repositories read for commits</Link> · <Link href="/brag" className="nav-link">Brag doc categories</Link>
        </p>
      </section>
    </main>
  );
}

/** The definition of shipped, an item a line, saved when the user leaves the field. */
function ShippedChecklist({ items, error, onSave }: { items: readonly string[]; error: string; onSave: (items: string[]) => void }) {
  const text = items.join('\n');
  return (
    <SettingField label={SETTING_LABELS.shippedChecklist} hint="One item a line. A new commitment’s checklist starts from these." error={error}>
      {(id, describedBy) => (
        <textarea
          key={text}
          id={id}
          aria-describedby={describedBy}
          rows={Math.max(4, items.length + 1)}
          defaultValue={text}
          onBlur={(event) => {
            const next = event.target.value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
            if (next.join('\n') !== text) onSave(next);
          }}
        />
      )}
    </SettingField>
  );
}
