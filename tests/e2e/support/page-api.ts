/**
 * Runs inside the page before any of its scripts (Playwright `addInitScript`): builds
 * `window.ownlog` with the same `createApi` the preload uses, over a binding into a real
 * journal in the test process instead of ipcRenderer.
 */
import { createApi } from '../../../shared/ipc/api.ts';

declare global {
  interface Window {
    __ownlogInvoke(channel: string, payload: unknown): Promise<unknown>;
    __ownlogPush(channel: string, payload: unknown): void;
    __ownlogViolation(description: string): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

const api = createApi({
  invoke: (channel, payload) => window.__ownlogInvoke(channel, payload),
  subscribe(channel, listener) {
    const forChannel = listeners.get(channel) ?? new Set();
    forChannel.add(listener);
    listeners.set(channel, forChannel);
    return () => {
      forChannel.delete(listener);
    };
  },
});

window.__ownlogPush = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

Object.defineProperty(window, 'ownlog', { value: Object.freeze(api), enumerable: true });

// A CSP violation fails the test, whether or not the browser also logs it.
document.addEventListener('securitypolicyviolation', (event) => {
  window.__ownlogViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
});
