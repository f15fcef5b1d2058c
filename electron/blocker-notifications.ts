import { thresholdNotice } from '../shared/blockers/notices.ts';
import type { BlockerView } from '../shared/blockers/view.ts';
import { notifier, type MakeNotification } from './notifications.ts';

export interface ThresholdNotifierDeps {
  makeNotification: MakeNotification;
  /** Opens the blocker's panel, in the main window. */
  openBlocker: (id: string) => void;
}

/** Shows "raise it now?" for a blocker that reached its threshold; a click opens its panel. */
export function thresholdNotifier({ makeNotification, openBlocker }: ThresholdNotifierDeps): (view: BlockerView) => void {
  const notify = notifier(makeNotification);
  return (view) => {
    notify(thresholdNotice(view), () => openBlocker(view.blocker.id));
  };
}
