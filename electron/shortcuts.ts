/** What the shell needs of `globalShortcut`; Electron's fits, and so does the recorded fake. */
export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface ShortcutStatus {
  accelerator: string;
  /** False when another app holds it, or it is not valid here: the settings say so. */
  registered: boolean;
  /**
   * On Wayland a global shortcut goes through the desktop's portal, if at all: the settings
   * say so and show the command line to bind in the desktop's own shortcut settings instead.
   */
  wayland: boolean;
}

/**
 * The quick-capture window's global shortcut. A shortcut another app holds is simply not
 * registered — no error, no dialog — and `status()` tells the settings screen.
 */
export function captureShortcut(registry: ShortcutRegistry, onPress: () => void, env: Record<string, string | undefined>) {
  let current: ShortcutStatus = { accelerator: '', registered: false, wayland: env.XDG_SESSION_TYPE === 'wayland' };
  return {
    apply(accelerator: string): ShortcutStatus {
      if (accelerator === current.accelerator) return current;
      if (current.registered) registry.unregister(current.accelerator);
      let registered = false;
      try {
        registered = accelerator !== '' && registry.register(accelerator, onPress);
      } catch {
        // An accelerator Electron cannot parse on this platform: not registered, said in settings.
      }
      current = { ...current, accelerator, registered };
      return current;
    },
    status: () => current,
  };
}
