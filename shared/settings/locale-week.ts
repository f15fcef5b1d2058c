import type { Settings } from '../domain/settings.ts';

/**
 * What a locale says of the week (`Intl.Locale#getWeekInfo`): the first day, 1 Monday … 7 Sunday,
 * and the weekend days in the same numbering.
 */
export interface LocaleWeekInfo {
  firstDay: number;
  weekend: readonly number[];
}

/**
 * The week a first run proposes: it starts where the locale's does (Monday or Sunday, the two
 * the weekly update knows; others start on Monday) and the workdays are the days outside the
 * locale's weekend.
 */
export function weekFromLocale(info: LocaleWeekInfo): Pick<Settings, 'weekStart' | 'workdays'> {
  const weekend = new Set(info.weekend.map((day) => day % 7));
  const workdays = [1, 2, 3, 4, 5, 6, 0].filter((day) => !weekend.has(day));
  return { weekStart: info.firstDay === 7 ? 0 : 1, workdays: workdays.length > 0 ? workdays : [1, 2, 3, 4, 5] };
}
