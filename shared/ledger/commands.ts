import { addMonths } from 'date-fns';
import type { Commitment } from '../domain/commitment.ts';
import { toIso } from '../domain/time.ts';
import { JournalError } from '../errors.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { ofKind, type JournalContext } from '../journal-context.ts';
import type { Period } from '../status/period.ts';
import { monthOf, monthsBetween } from '../store/layout.ts';
import { ON_TIME_BUCKETS, raiseBinOf, RULE_KEPT_BUCKETS } from './buckets.ts';
import type { BlockerFigureQuery, FigureQuery, LedgerBlockerItem, LedgerItem, LedgerView, ledgerChannels } from './channels.ts';
import { blockerFiguresOf, blockersReckonedIn, figuresOf, groupsOf, reckonedIn } from './ledger.ts';
import { resolvePeriod, trendStart, type LedgerPeriod, type PeriodContext } from './periods.ts';
import { weeklyTrend } from './trend.ts';

/** Source of the commitments postmortems turn their action items into. */
export const POSTMORTEM_SOURCE = 'postmortem';

function periodContext(context: JournalContext): PeriodContext {
  return { now: context.clock.now(), zone: context.clock.timeZone(), weekStart: context.settings.weekStart };
}

function periodOf(context: JournalContext, key: string): LedgerPeriod {
  const period = resolvePeriod(key, periodContext(context));
  if (!period) throw new JournalError('invalid', 'That period has no days in it: pick a start on or before its end.');
  return period;
}

function periodView(period: LedgerPeriod) {
  return { key: period.key, label: period.label, from: toIso(period.from), to: toIso(period.to) };
}

/**
 * Every commitment that can have been decided in the period: the open ones (past due), and
 * those closed in it — in the archives of the months it touches, and no others. A commitment
 * is archived under the month it closed in, so nothing older needs reading, however long
 * the journal is.
 */
function commitmentsFor(context: JournalContext, period: Period): Commitment[] {
  const present = new Set(context.archives.months());
  const found = ofKind(context.live.values(), 'commitment');
  for (const month of monthsBetween(toIso(period.from), toIso(period.to))) {
    if (present.has(month)) found.push(...ofKind(context.archives.month(month).values(), 'commitment'));
  }
  return found;
}

/** How long after its period a blocker decided in it is still looked for among the resolved ones. */
const BLOCKER_RESOLVED_WITHIN_MONTHS = 3;

/**
 * Blockers are archived when resolved, which can be after they were raised: the open ones,
 * and the archives of the period's months and the three after it (or up to now). A blocker
 * raised and then left open for more than three months is not looked for in an old period;
 * reading every month since would make an old period cost as much as the whole journal.
 */
function blockersFor(context: JournalContext, period: Period) {
  const present = new Set(context.archives.months());
  const until = addMonths(period.to, BLOCKER_RESOLVED_WITHIN_MONTHS);
  const end = until < context.clock.now() ? until : context.clock.now();
  const found = ofKind(context.live.values(), 'blocker');
  for (const month of monthsBetween(toIso(period.from), toIso(end < period.to ? period.to : end))) {
    if (present.has(month)) found.push(...ofKind(context.archives.month(month).values(), 'blocker'));
  }
  return found;
}

export function ledgerView(context: JournalContext, key: string): LedgerView {
  const period = periodOf(context, key);
  const reckoned = reckonedIn(commitmentsFor(context, period), period, context.clock.now());
  return {
    period: periodView(period),
    overall: figuresOf(reckoned.map(({ reckoning }) => reckoning.bucket)),
    byPerson: groupsOf(reckoned, (commitment) => commitment.promisedTo),
    bySource: groupsOf(reckoned, (commitment) => commitment.source),
    postmortemActions: figuresOf(reckoned.filter(({ commitment }) => commitment.source === POSTMORTEM_SOURCE).map(({ reckoning }) => reckoning.bucket)),
    blockers: blockerFiguresOf(blockersReckonedIn(blockersFor(context, period), period)),
  };
}

export function ledgerTrend(context: JournalContext) {
  const period = periodContext(context);
  return weeklyTrend(commitmentsFor(context, { from: trendStart(period), to: period.now }), period);
}

/** The commitments behind a figure, the most recently decided first. */
export function figureCommitments(context: JournalContext, query: FigureQuery): { period: ReturnType<typeof periodView>; items: LedgerItem[] } {
  const period = periodOf(context, query.period);
  const reckoned = reckonedIn(commitmentsFor(context, period), period, context.clock.now());
  const items = reckoned
    .filter(({ reckoning }) => query.bucket === 'all' || (query.bucket === 'on-time' ? ON_TIME_BUCKETS.includes(reckoning.bucket) : reckoning.bucket === query.bucket))
    .filter(({ commitment }) => query.by === undefined || (query.by === 'person' ? commitment.promisedTo : commitment.source) === (query.value ?? null))
    .map(({ commitment, reckoning }) => ({
      commitment,
      month: commitment.status === 'open' ? null : monthOf(commitment.closedAt ?? commitment.updatedAt),
      bucket: reckoning.bucket,
      at: reckoning.at,
    }));
  return { period: periodView(period), items: items.sort((a, b) => b.at.localeCompare(a.at)) };
}

/** The blockers behind a figure of the two-hour rule. */
export function figureBlockers(context: JournalContext, query: BlockerFigureQuery): { period: ReturnType<typeof periodView>; items: LedgerBlockerItem[] } {
  const period = periodOf(context, query.period);
  const items = blockersReckonedIn(blockersFor(context, period), period)
    .filter(({ reckoning }) => query.bucket === undefined || query.bucket === 'all' || (query.bucket === 'rule-kept' ? RULE_KEPT_BUCKETS.includes(reckoning.bucket) : reckoning.bucket === query.bucket))
    .filter(({ blocker }) => query.bin === undefined || (blocker.raised !== null && raiseBinOf(blocker.raised.blockedMs) === query.bin))
    .map(({ blocker, reckoning }) => ({
      id: blocker.id,
      what: blocker.what,
      bucket: reckoning.bucket,
      at: reckoning.at,
      blockedMs: blocker.raised?.blockedMs ?? blocker.resolution?.blockedMs ?? blocker.thresholdMinutes * 60_000,
      thresholdMinutes: blocker.thresholdMinutes,
      raisedTo: blocker.raised?.to ?? null,
      open: blocker.status !== 'resolved',
    }));
  return { period: periodView(period), items: items.sort((a, b) => b.at.localeCompare(a.at)) };
}

export function ledgerHandlers(context: JournalContext): HandlersFor<typeof ledgerChannels> {
  return {
    'ownlog:ledger-view': ({ period }) => ledgerView(context, period),
    'ownlog:ledger-trend': () => ledgerTrend(context),
    'ownlog:ledger-commitments': (query) => figureCommitments(context, query),
    'ownlog:ledger-blockers': (query) => figureBlockers(context, query),
  };
}
