import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/ipc/api.ts';

/**
 * The page's only way into the app: `window.ownlog`, typed by the IPC contract. Raw
 * `ipcRenderer` is never exposed. Bundled into one CommonJS file, because a sandboxed preload
 * can require only `electron` and a few Node built-ins.
 */
contextBridge.exposeInMainWorld(
  'ownlog',
  createApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe(channel, listener) {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);
