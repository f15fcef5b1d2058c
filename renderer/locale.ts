import { weekFromLocale, type LocaleWeekInfo } from '../shared/settings/locale-week.ts';

/** The OS locale, as Electron hands it to the page. */
export const LOCALE = navigator.language;

/** Chromium names it getWeekInfo(); earlier drafts of the proposal had a weekInfo getter. */
interface LocaleWithWeek {
  getWeekInfo?: () => LocaleWeekInfo;
  weekInfo?: LocaleWeekInfo;
}

/** The week the user's locale keeps; Monday to Friday where the browser cannot say. */
export function localeWeek() {
  const locale = new Intl.Locale(LOCALE) as Intl.Locale & LocaleWithWeek;
  const info = locale.getWeekInfo?.() ?? locale.weekInfo ?? { firstDay: 1, weekend: [6, 7] };
  return weekFromLocale(info);
}

/** "Monday" / "Mon" in the user's language; 0 is Sunday, as settings number days. */
export function weekdayName(day: number, width: 'long' | 'short' = 'long'): string {
  // 2026-11-01 was a Sunday.
  return new Intl.DateTimeFormat(LOCALE, { weekday: width }).format(new Date(2026, 10, 1 + day));
}

/** The seven days in the order the user's week runs. */
export function weekOrder(weekStart: 0 | 1): number[] {
  return Array.from({ length: 7 }, (_, index) => (index + weekStart) % 7);
}
