import { format, formatDistanceStrict, isSameYear } from 'date-fns';

/** "Thu 26 Nov 15:00" — the year only when it is not this one. */
export function formatDue(iso: string, now: Date): string {
  const due = new Date(iso);
  return format(due, isSameYear(due, now) ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm');
}

/** "in 2 days", "3 hours overdue". */
export function formatUntil(iso: string, now: Date): string {
  const due = new Date(iso);
  const distance = formatDistanceStrict(due, now, { roundingMethod: 'round' });
  return due.getTime() >= now.getTime() ? `in ${distance}` : `${distance} overdue`;
}
