import { describe, expect, it } from 'vitest';
import { weekFromLocale } from '../../shared/settings/locale-week.ts';

describe('the week a first run proposes from the locale', () => {
  it.each([
    ['en-GB: Monday, weekend Saturday and Sunday', { firstDay: 1, weekend: [6, 7] }, { weekStart: 1, workdays: [1, 2, 3, 4, 5] }],
    ['en-US: Sunday first, same weekend', { firstDay: 7, weekend: [6, 7] }, { weekStart: 0, workdays: [1, 2, 3, 4, 5] }],
    ['ar-EG: weekend Friday and Saturday, week from Saturday', { firstDay: 6, weekend: [5, 6] }, { weekStart: 1, workdays: [1, 2, 3, 4, 0] }],
    ['fa-IR: weekend Friday only', { firstDay: 6, weekend: [5] }, { weekStart: 1, workdays: [1, 2, 3, 4, 6, 0] }],
  ])('%s', (_name, info, week) => {
    expect(weekFromLocale(info)).toEqual(week);
  });

  it('never proposes a week without workdays', () => {
    expect(weekFromLocale({ firstDay: 1, weekend: [1, 2, 3, 4, 5, 6, 7] }).workdays).toEqual([1, 2, 3, 4, 5]);
  });
});
