import type { OwnlogApi } from '../shared/ipc/api.ts';

declare global {
  interface Window {
    /** Exposed by the preload (and by the test harness), built by `createApi`. */
    readonly ownlog: OwnlogApi;
  }
}

export function ownlog(): OwnlogApi {
  return window.ownlog;
}
