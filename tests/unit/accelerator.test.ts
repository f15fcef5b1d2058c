import { describe, expect, it } from 'vitest';
import { displayShortcut, recordShortcut, type KeyPress } from '../../shared/settings/accelerator.ts';
import { Settings, DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';

function press(code: string, held: Partial<KeyPress> = {}, key = code.replace(/^Key|^Digit/, '')): KeyPress {
  return { key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...held };
}

const pc = { mac: false };
const mac = { mac: true };

describe('recording the capture shortcut', () => {
  it.each([
    ['Ctrl+Shift+Space on Windows and Linux', press('Space', { ctrlKey: true, shiftKey: true }, ' '), pc, 'CommandOrControl+Shift+Space'],
    ['⌘⇧Space on macOS', press('Space', { metaKey: true, shiftKey: true }, ' '), mac, 'CommandOrControl+Shift+Space'],
    ['the Control key on macOS stays Control', press('KeyJ', { ctrlKey: true }), mac, 'Control+J'],
    ['the Windows key is Super', press('KeyJ', { metaKey: true, altKey: true }), pc, 'Super+Alt+J'],
    ['a letter by its place, whatever Shift types', press('KeyA', { ctrlKey: true, shiftKey: true }, 'A'), pc, 'CommandOrControl+Shift+A'],
    ['a digit', press('Digit1', { altKey: true }, '¡'), pc, 'Alt+1'],
    ['an arrow', press('ArrowUp', { ctrlKey: true, altKey: true }, 'ArrowUp'), pc, 'CommandOrControl+Alt+Up'],
    ['the keypad plus', press('NumpadAdd', { ctrlKey: true }, '+'), pc, 'CommandOrControl+Plus'],
    ['a function key alone', press('F9', {}, 'F9'), pc, 'F9'],
  ])('%s', (_name, keyPress, platform, accelerator) => {
    const recorded = recordShortcut(keyPress, platform);
    expect(recorded).toEqual({ kind: 'shortcut', accelerator });
    // Whatever is recorded is a shortcut the settings accept.
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, captureShortcut: accelerator }).success).toBe(true);
  });

  it('waits while only modifiers are held', () => {
    expect(recordShortcut(press('ControlLeft', { ctrlKey: true }, 'Control'), pc)).toEqual({ kind: 'waiting' });
    expect(recordShortcut(press('ShiftLeft', { shiftKey: true, ctrlKey: true }, 'Shift'), pc)).toEqual({ kind: 'waiting' });
  });

  it('cancels on Esc alone', () => {
    expect(recordShortcut(press('Escape', {}, 'Escape'), pc)).toEqual({ kind: 'cancelled' });
  });

  it.each([
    ['a single letter', press('KeyK'), /taken from every app/],
    ['Shift and a letter', press('KeyK', { shiftKey: true }, 'K'), /only types a capital/],
    ['a key no shortcut can hold', press('IntlRo', { ctrlKey: true }, 'ろ'), /“ろ” cannot be part of a shortcut/],
  ])('refuses %s, saying why', (_name, keyPress, reason) => {
    const recorded = recordShortcut(keyPress, pc);
    expect(recorded.kind).toBe('refused');
    expect(recorded.kind === 'refused' && recorded.reason).toMatch(reason);
  });
});

describe('showing a shortcut', () => {
  it.each([
    ['CommandOrControl+Shift+Space', mac, '⌘⇧Space'],
    ['CommandOrControl+Shift+Space', pc, 'Ctrl+Shift+Space'],
    ['Control+Alt+J', mac, '⌃⌥J'],
    ['Super+Alt+J', pc, 'Super+Alt+J'],
    ['CommandOrControl+Plus', pc, 'Ctrl++'],
    ['', pc, 'None'],
  ])('%s reads as %s', (accelerator, platform, shown) => {
    expect(displayShortcut(accelerator, platform)).toBe(shown);
  });
});
