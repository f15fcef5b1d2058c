import { TZDate } from '@date-fns/tz';
import { endOfQuarter, format } from 'date-fns';
import type { Period } from '../status/period.ts';

/** A calendar quarter, "2026-Q4", in the user's zone. No zod here: the page uses it. */
export const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

export function quarterOf(at: Date, zone: string): string {
  return format(new TZDate(at.getTime(), zone), "yyyy-'Q'Q");
}

export function quarterPeriod(key: string, zone: string): Period | null {
  const match = QUARTER_KEY.exec(key);
  if (!match) return null;
  const start = new TZDate(Number(match[1]), (Number(match[2]) - 1) * 3, 1, zone);
  return { from: new Date(start.getTime()), to: new Date(endOfQuarter(start).getTime()) };
}

/** The quarter `by` quarters after (or before, when negative) `key`. */
export function shiftQuarter(key: string, by: number): string {
  const match = QUARTER_KEY.exec(key);
  if (!match) return key;
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + by;
  return `${String(Math.floor(index / 4))}-Q${String((index % 4) + 1)}`;
}

/** "Q4 2026". */
export function quarterLabel(key: string): string {
  const match = QUARTER_KEY.exec(key);
  return match ? `Q${match[2] ?? ''} ${match[1] ?? ''}` : key;
}
