/**
 * The capture shortcut as the user presses it, turned into Electron's accelerator syntax, and an
 * accelerator shown the way the user's OS writes shortcuts. Pure, so every key is tested.
 */

/** What a keydown event says, as far as a shortcut needs it. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type RecordedShortcut =
  | { kind: 'shortcut'; accelerator: string }
  /** Only modifiers so far: keep listening. */
  | { kind: 'waiting' }
  /** Esc alone: the user changed their mind. */
  | { kind: 'cancelled' }
  | { kind: 'refused'; reason: string };

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'Super', 'Hyper']);

const NAMED_CODES: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  NumpadAdd: 'Plus',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  Backslash: '\\',
};

/** The key by its place on the keyboard (`code`), so Shift or a layout never changes what is saved. */
function keyName(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1];
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1];
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED_CODES[code];
}

export function recordShortcut(press: KeyPress, { mac }: { mac: boolean }): RecordedShortcut {
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'waiting' };
  const noModifier = !press.ctrlKey && !press.altKey && !press.metaKey;
  if (press.code === 'Escape' && noModifier && !press.shiftKey) return { kind: 'cancelled' };
  const key = keyName(press.code);
  if (key === undefined) return { kind: 'refused', reason: `${press.key === ' ' ? 'That key' : `“${press.key}”`} cannot be part of a shortcut. Try a letter, a digit or Space.` };
  const functionKey = /^F\d+$/.test(key);
  if (noModifier && !functionKey) {
    return press.shiftKey
      ? { kind: 'refused', reason: 'Shift with one key only types a capital. Add Ctrl, Alt or ⌘.' }
      : { kind: 'refused', reason: 'One key alone would be taken from every app. Hold Ctrl, Alt or ⌘ with it.' };
  }
  const modifiers = [
    (mac ? press.metaKey : press.ctrlKey) && 'CommandOrControl',
    mac && press.ctrlKey && 'Control',
    !mac && press.metaKey && 'Super',
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
  ].filter((modifier): modifier is string => modifier !== false);
  return { kind: 'shortcut', accelerator: [...modifiers, key].join('+') };
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = {
  commandorcontrol: '⌘',
  cmdorctrl: '⌘',
  command: '⌘',
  cmd: '⌘',
  meta: '⌘',
  super: '⌘',
  control: '⌃',
  ctrl: '⌃',
  alt: '⌥',
  option: '⌥',
  altgr: '⌥',
  shift: '⇧',
};

const OTHER_WORDS: Readonly<Record<string, string>> = {
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  command: 'Super',
  cmd: 'Super',
  meta: 'Super',
  super: 'Super',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
};

/** "⌘⇧Space" on macOS, "Ctrl+Shift+Space" elsewhere; no shortcut reads as "None". */
export function displayShortcut(accelerator: string, { mac }: { mac: boolean }): string {
  if (accelerator === '') return 'None';
  const parts = accelerator.split('+').map((part) => (part === '' ? '+' : part));
  // "Ctrl++" splits into an empty last part: the key was "+".
  const keys = parts.filter((part, index) => part !== '+' || index === parts.length - 1);
  const words = mac ? MAC_SYMBOLS : OTHER_WORDS;
  const shown = keys.map((part) => words[part.toLowerCase()] ?? (part === 'Plus' ? '+' : part));
  return shown.join(mac ? '' : '+');
}
