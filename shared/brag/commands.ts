import { BragCategories, type BragAssignments } from '../domain/brag.ts';
import type { Settings } from '../domain/settings.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { assertWritable, ofKind, type JournalContext } from '../journal-context.ts';
import { figuresOf, reckonedIn } from '../ledger/ledger.ts';
import { keyOfDays } from '../ledger/periods.ts';
import type { JournalRecord } from '../store/port.ts';
import { saveSettings } from '../settings/commands.ts';
import { monthsBetween } from '../store/layout.ts';
import type { bragChannels, BragView } from './channels.ts';
import { bragDocument } from './document.ts';
import { completedPostmortem } from './postmortems.ts';
import { quarterLabel, quarterOf, quarterPeriod, shiftQuarter } from './quarter.ts';
import { bragRollUp } from './roll-up.ts';

/** The open records and the archives of the quarter's months: what was closed in it is there, and nothing older is read. */
function quarterRecords(context: JournalContext, from: Date, to: Date): JournalRecord[] {
  const present = new Set(context.archives.months());
  const records: JournalRecord[] = [...context.live.values()];
  for (const month of monthsBetween(toIso(from), toIso(to))) if (present.has(month)) records.push(...context.archives.month(month).values());
  return records;
}

export function bragQuarter(context: JournalContext, key?: string): BragView {
  const now = context.clock.now();
  const zone = context.clock.timeZone();
  const current = quarterOf(now, zone);
  const quarter = key ?? current;
  const period = quarterPeriod(quarter, zone);
  if (!period) throw new JournalError('invalid', 'Not a quarter like 2026-Q4.');
  if (quarter > current) throw new JournalError('invalid', 'That quarter has not started yet.');
  const records = quarterRecords(context, period.from, period.to);
  const commitments = ofKind(records, 'commitment');
  const rollUp = bragRollUp({
    period,
    commitments,
    blockers: ofKind(records, 'blocker'),
    postmortems: ofKind(records, 'postmortem').map(completedPostmortem).filter((postmortem) => postmortem !== null),
    categories: context.settings.bragCategories,
    assignments: context.settings.bragAssignments,
  });
  const ledger = figuresOf(reckonedIn(commitments, { from: period.from, to: now < period.to ? now : period.to }, now).map(({ reckoning }) => reckoning.bucket));
  const onTime = { count: ledger.onTime.count, total: ledger.total, rate: ledger.onTime.rate };
  const label = quarterLabel(quarter);
  const partial = now < period.to;
  return {
    quarter,
    label,
    from: toIso(period.from),
    to: toIso(period.to),
    partial,
    previous: shiftQuarter(quarter, -1),
    next: quarter === current ? null : shiftQuarter(quarter, 1),
    ...rollUp,
    onTime,
    document: bragDocument(rollUp, { label, period, partial, zone, onTime }),
    fileStem: `ownlog-brag-${quarter}`,
    ledgerPeriod: keyOfDays(period, zone),
  };
}

/**
 * Replaces the categories. A new one gets an id; items the user placed in a category that is
 * gone go back to being placed by keywords.
 */
export function saveCategories(context: JournalContext, categories: { id?: string | undefined; name: string; keywords: string[] }[]): Settings {
  assertWritable(context);
  const withIds = categories.map((category) => ({ id: category.id ?? context.ids.next(), name: category.name, keywords: [...new Set(category.keywords.map((keyword) => keyword.trim().toLocaleLowerCase()))] }));
  const checked = BragCategories.safeParse(withIds);
  if (!checked.success) throw new JournalError('invalid', checked.error.issues[0]?.message ?? 'Those categories cannot be saved.');
  const kept = new Set(checked.data.map((category) => category.id));
  const assignments: BragAssignments = Object.fromEntries(Object.entries(context.settings.bragAssignments).filter(([, categoryId]) => kept.has(categoryId)));
  return saveSettings(context, { bragCategories: checked.data, bragAssignments: assignments });
}

/** Puts records under a category by hand (stronger than any keyword), or back under the keywords. */
export function assignCategory(context: JournalContext, ids: string[], categoryId: string | null): Settings {
  assertWritable(context);
  if (categoryId !== null && !context.settings.bragCategories.some((category) => category.id === categoryId)) {
    throw new JournalError('not-found', 'That category is gone — it may have been removed in another window.');
  }
  const assignments = { ...context.settings.bragAssignments };
  for (const id of ids) {
    if (categoryId === null) delete assignments[id];
    else assignments[id] = categoryId;
  }
  return saveSettings(context, { bragAssignments: assignments });
}

export function bragHandlers(context: JournalContext): HandlersFor<typeof bragChannels> {
  return {
    'ownlog:brag-quarter': ({ quarter }) => bragQuarter(context, quarter),
    'ownlog:brag-categories-save': ({ categories }) => saveCategories(context, categories),
    'ownlog:brag-assign': ({ ids, categoryId }) => assignCategory(context, ids, categoryId),
  };
}
