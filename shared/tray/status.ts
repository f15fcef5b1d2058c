import { trayText } from '../blockers/notices.ts';
import type { BlockerView } from '../blockers/view.ts';

export interface TrayStatus {
  /** The menu bar title (macOS only): open loops, and the longest running blocker's time. */
  title: string;
  tooltip: string;
  /** The first, greyed line of the tray menu. */
  header: string;
}

function loops(count: number): string {
  if (count === 0) return 'Nothing open';
  return count === 1 ? '1 open loop' : `${String(count)} open loops`;
}

/**
 * What the tray says: how many loops are open, and how long a running blocker has been
 * blocked. Updated each minute and whenever the journal changes.
 */
export function trayStatus(openLoops: number, blockers: readonly Pick<BlockerView, 'blocker' | 'elapsedMs'>[]): TrayStatus {
  const blocked = trayText(blockers);
  const count = loops(openLoops);
  return {
    title: blocked.title === '' ? String(openLoops) : `${String(openLoops)} · ${blocked.title}`,
    tooltip: blocked.title === '' ? `Ownlog — ${count}` : `${blocked.tooltip}\n${count}`,
    header: blocked.title === '' ? count : `${count} · blocked ${blocked.title}`,
  };
}
