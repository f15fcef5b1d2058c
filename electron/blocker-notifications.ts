import { thresholdNotice } from '../shared/blockers/notices.ts';
import type { BlockerView } from '../shared/blockers/view.ts';
import { notifier, type MakeNotification } from './notifications.ts';

export interface ThresholdNotifierDeps {
  makeNotification: MakeNotification;
  /** Opens the blocker's panel, in the main window. */
  openBlocker: (id: string) => void;
  /** The user may switch these notifications off; the threshold is recorded either way. */
  enabled?: () => boolean;
}

/** Shows "raise it now?" for a blocker that reached its threshold; a click opens its panel. */
export function thresholdNotifier({ makeNotification, openBlocker, enabled = () => true }: ThresholdNotifierDeps): (view: BlockerView) => void {
  const notify = notifier(makeNotification);
  return (view) => {
    if (enabled()) notify(thresholdNotice(view), () => openBlocker(view.blocker.id));
  };
}
