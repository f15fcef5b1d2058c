import { useId, useState, type KeyboardEvent } from 'react';
import { displayShortcut, recordShortcut } from '../../../shared/settings/accelerator.ts';
import type { ShellInfo } from '../../../shared/shell/channels.ts';
import { CopyButton } from '../CopyButton.tsx';

interface ShortcutSettingProps {
  value: string;
  info: ShellInfo | undefined;
  error: string;
  /** Saves it, or (in the welcome) keeps it to save with the rest. */
  onSave: (accelerator: string) => unknown;
}

const LISTENING = 'Press the keys together: Ctrl, Alt or ⌘ with a letter, a digit or Space. Esc cancels.';

/**
 * The capture shortcut, recorded by pressing it, and what the desktop made of it: taken by
 * another app, or (on Wayland) left to the desktop — then the command line to bind instead.
 */
export function ShortcutSetting({ value, info, error, onSave }: ShortcutSettingProps) {
  const id = useId();
  const mac = info?.platform === 'darwin';
  const [recording, setRecording] = useState(false);
  const [hint, setHint] = useState('');

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!recording) return;
    event.preventDefault();
    event.stopPropagation();
    const recorded = recordShortcut(event, { mac });
    if (recorded.kind === 'waiting') setHint('Keep holding them, and press a key.');
    else if (recorded.kind === 'refused') setHint(recorded.reason);
    else {
      setRecording(false);
      setHint('');
      if (recorded.kind === 'shortcut') void onSave(recorded.accelerator);
    }
  }

  return (
    <div className="field setting shortcut-setting">
      <span className="setting-label" id={`${id}-label`}>
        Capture shortcut
      </span>
      <div className="shortcut-row">
        <kbd className="shortcut-current" aria-labelledby={`${id}-label`}>
          {displayShortcut(value, { mac })}
        </kbd>
        <button
          type="button"
          aria-pressed={recording}
          aria-describedby={`${id}-hint ${id}-error`}
          onClick={() => {
            setRecording(!recording);
            setHint(recording ? '' : LISTENING);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setRecording(false);
            setHint('');
          }}
        >
          Record a new shortcut
        </button>
        {value !== '' && !recording && (
          <button type="button" className="link" onClick={() => void onSave('')}>
            Turn off
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {hint || 'Opens the small capture window from any app.'}
      </p>
      <p id={`${id}-error`} className="form-error" role="alert">
        {error}
      </p>
      {info && <ShortcutState info={info} value={value} mac={mac} />}
    </div>
  );
}

function ShortcutState({ info, value, mac }: { info: ShellInfo; value: string; mac: boolean }) {
  const taken = value !== '' && info.shortcut.accelerator === value && !info.shortcut.registered && !info.shortcut.wayland;
  return (
    <div className="shortcut-state">
      {info.shortcut.wayland && (
        <p className="notice">On Wayland, shortcuts for all apps belong to your desktop, and it may not pass this one to Ownlog. If it does nothing, add a shortcut in your desktop’s keyboard settings that runs the command below.</p>
      )}
      {taken && (
        <p className="notice notice-warning">
          {displayShortcut(value, { mac })} is taken by another app, so it does nothing now. Choose another, or bind the command below in your desktop’s keyboard settings.
        </p>
      )}
      <p className="field-hint">Or capture from a terminal, a launcher or your desktop’s own shortcut:</p>
      <div className="command-line">
        <code>{info.commandLine}</code>
        <CopyButton text={info.commandLine} label="Copy" what="the command" />
      </div>
    </div>
  );
}
