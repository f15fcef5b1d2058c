import { isAppUrl } from './app-url.ts';

/** What the IPC check needs of `event.senderFrame` (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * IPC is answered only for the app's own page in a top-level frame: never an iframe, never a
 * page that navigated elsewhere, never a frame that is already gone.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame?.parent === null && isAppUrl(frame.url);
}
