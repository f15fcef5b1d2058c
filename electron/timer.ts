/** Arms a one-shot timer and returns what cancels it. Injected, so tests step time by hand. */
export type ArmTimer = (callback: () => void, ms: number) => () => void;

export const nodeTimer: ArmTimer = (callback, ms) => {
  // Unreferenced: the app's windows keep the process alive, never this timer.
  const handle = setTimeout(callback, ms).unref();
  return () => clearTimeout(handle);
};
