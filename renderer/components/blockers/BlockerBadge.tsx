import type { BlockerView } from '../../../shared/blockers/view.ts';

export type BadgeState = 'raise' | 'raised' | 'paused' | 'blocked';

const LABEL: Record<BadgeState, string> = {
  raise: 'Raise it now',
  raised: 'Raised',
  paused: 'Paused',
  blocked: 'Blocked',
};

export function stateOf({ blocker, shouldRaise }: BlockerView): BadgeState {
  if (shouldRaise) return 'raise';
  if (blocker.raised !== null) return 'raised';
  return blocker.status === 'paused' ? 'paused' : 'blocked';
}

/** Where a blocker stands, in one word or three. */
export function BlockerBadge({ view }: { view: BlockerView }) {
  const state = stateOf(view);
  return <span className={`blocker-badge blocker-badge-${state}`}>{LABEL[state]}</span>;
}

/** How much of its threshold a blocker has used; full and red once it should be raised. */
export function ThresholdBar({ view }: { view: BlockerView }) {
  const threshold = view.blocker.thresholdMinutes * 60_000;
  const share = Math.min(1, view.elapsedMs / threshold);
  return (
    <span className="threshold-bar" aria-hidden="true">
      {/* Set through the style object (CSSOM), which the page's CSP allows, unlike a style attribute. */}
      <span className={`threshold-fill threshold-fill-${stateOf(view)}`} style={{ width: `${(share * 100).toFixed(1)}%` }} />
    </span>
  );
}
