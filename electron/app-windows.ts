import type { Notice } from '../shared/schedule/notices.ts';
import { keepCaptureWindow, keepCheckInWindow, keepMainWindow, type MakeWindow, type WindowKeeper } from './windows.ts';

/** Hides the app on macOS, which hands the focus back to the app the user was in. */
export interface FocusReturner {
  hide(): void;
}

export interface AppWindows {
  main: WindowKeeper;
  checkIn: WindowKeeper;
  capture: WindowKeeper;
  /** Opens what a notice (or a click) is about, in the window it belongs to. */
  open: (target: Pick<Notice, 'route' | 'window'>, options?: { inactive?: boolean }) => void;
  /** The capture window is done: hide it, and give the focus back to where the user was. */
  captureDone: () => void;
}

/** The app's three windows: Open loops and the rest (main), the daily check-in, quick capture. */
export function appWindows(makeWindow: MakeWindow, preload: string, { platform, app }: { platform: NodeJS.Platform; app: FocusReturner }): AppWindows {
  const main = keepMainWindow(makeWindow, preload);
  const checkIn = keepCheckInWindow(makeWindow, preload);
  const capture = keepCaptureWindow(makeWindow, preload);
  return {
    main,
    checkIn,
    capture,
    open: ({ route, window }, options = {}) => (window === 'checkin' ? checkIn : main).show(route, options),
    captureDone() {
      capture.hide();
      // Windows and Linux give the focus back to the previous window when this one hides;
      // macOS gives it back to the previous app only when Ownlog itself hides.
      if (platform === 'darwin' && !main.isVisible() && !checkIn.isVisible()) app.hide();
    },
  };
}
