import { thresholdNotice } from '../shared/blockers/notices.ts';
import type { BlockerView } from '../shared/blockers/view.ts';

/** What the shell calls on a notification; Electron's `Notification` fits, and so does the fake. */
export interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export type MakeNotification = (options: { title: string; body: string }) => ShownNotification;

export interface ThresholdNotifierDeps {
  makeNotification: MakeNotification;
  /** Opens the blocker's panel, in the main window. */
  openBlocker: (id: string) => void;
}

/** Shows "raise it now?" for a blocker that reached its threshold; a click opens its panel. */
export function thresholdNotifier({ makeNotification, openBlocker }: ThresholdNotifierDeps): (view: BlockerView) => void {
  // Electron holds a notification only weakly: one nothing refers to can be collected before
  // it is clicked, and the click is lost (electron#16922). Kept until clicked or closed.
  const shown = new Set<ShownNotification>();
  return (view) => {
    const notification = makeNotification(thresholdNotice(view));
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      openBlocker(view.blocker.id);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}
