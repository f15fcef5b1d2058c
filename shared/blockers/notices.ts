import { formatBlockedClock, formatBlockedTime } from './display.ts';
import type { BlockerView } from './view.ts';

type Shown = Pick<BlockerView, 'blocker' | 'elapsedMs'>;

/**
 * What the tray shows while blockers run: the title is the longest running blocker's time
 * ("1:05", with "+1" when others run too), the tooltip says on what. Paused blockers are not
 * counted as running; with none running the title is empty.
 */
export function trayText(views: readonly Shown[]): { title: string; tooltip: string } {
  const running = views.filter((view) => view.blocker.status === 'running').sort((a, b) => b.elapsedMs - a.elapsedMs);
  const [longest, ...others] = running;
  if (!longest) return { title: '', tooltip: 'Ownlog' };
  const title = `${formatBlockedClock(longest.elapsedMs)}${others.length > 0 ? ` +${others.length}` : ''}`;
  const lines = running.map((view) => `Blocked ${formatBlockedTime(view.elapsedMs)} on ${view.blocker.what}`);
  return { title, tooltip: `Ownlog — ${lines.join('\n')}` };
}

/** The notification shown once when a blocker reaches its threshold. */
export function thresholdNotice(view: Shown): { title: string; body: string } {
  return {
    title: `Blocked for ${formatBlockedTime(view.elapsedMs)} — raise it now?`,
    body: `${view.blocker.what} — your help request is drafted from what you tried. Open it to raise it now.`,
  };
}
