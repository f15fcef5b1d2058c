import { formatDistanceStrict, isSameYear } from 'date-fns';
import { LOCALE } from './locale.ts';

// Dates and times are written as the user's OS locale writes them ("Thu 26 Nov, 15:00" in
// en-GB, "Thu, Nov 26, 3:00 PM" in en-US); the words around them stay the app's.
const DAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const dayTime = new Intl.DateTimeFormat(LOCALE, DAY_TIME);
const dayTimeYear = new Intl.DateTimeFormat(LOCALE, { ...DAY_TIME, year: 'numeric' });
const weekdayTime = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** "Thu 26 Nov, 15:00" — the year only when it is not this one. */
export function formatDue(iso: string, now: Date): string {
  const due = new Date(iso);
  return (isSameYear(due, now) ? dayTime : dayTimeYear).format(due);
}

/** "Tue, 24 Nov 2026, 15:30": a moment that may be long ago, always with its year. */
export function formatDateTime(iso: string): string {
  return dayTimeYear.format(new Date(iso));
}

/** "Tue 15:30": a moment within the last week. */
export function formatWeekdayTime(iso: string): string {
  return weekdayTime.format(new Date(iso));
}

/** "in 2 days", "3 hours overdue". */
export function formatUntil(iso: string, now: Date): string {
  const due = new Date(iso);
  const distance = formatDistanceStrict(due, now, { roundingMethod: 'round' });
  return due.getTime() >= now.getTime() ? `in ${distance}` : `${distance} overdue`;
}
