import { z } from 'zod';
import { Commitment } from '../domain/commitment.ts';
import type { Settings } from '../domain/settings.ts';
import { PostmortemSummary } from '../postmortem/view.ts';

/**
 * How much a loop is at risk of becoming a dropped ball, most urgent first: past due; due
 * soon (time to renegotiate); extra work waiting for a decision; untouched for days; due later;
 * no date at all.
 */
export const LoopRisk = z.enum(['overdue', 'due-soon', 'scope-undecided', 'aging', 'scheduled', 'undated']);
export type LoopRisk = z.infer<typeof LoopRisk>;

/**
 * One thing still open, tagged by what it is. Each kind of record that can be an open loop
 * (commitments now; running blockers, postmortem drafts and unsent updates as they arrive)
 * adds its own member to this union.
 */
export const CommitmentLoop = z.strictObject({ kind: z.literal('commitment'), risk: LoopRisk, commitment: Commitment });
export type CommitmentLoop = z.infer<typeof CommitmentLoop>;

/** A postmortem still a draft: an open loop until every step has content. */
export const PostmortemLoop = z.strictObject({ kind: z.literal('postmortem'), risk: LoopRisk, postmortem: PostmortemSummary });
export type PostmortemLoop = z.infer<typeof PostmortemLoop>;

export const OpenLoop = z.discriminatedUnion('kind', [CommitmentLoop, PostmortemLoop]);
export type OpenLoop = z.infer<typeof OpenLoop>;

export const LoopFilter = z.strictObject({
  person: z.string().max(200).optional(),
  source: z.string().max(200).optional(),
  text: z.string().max(500).optional(),
});
export type LoopFilter = z.infer<typeof LoopFilter>;

export const LoopCounts = z.strictObject({
  total: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  undecided: z.number().int(),
  aging: z.number().int(),
});

/** The Open loops screen: the loops the filter lets through, and what the whole list holds. */
export const LoopsView = z.strictObject({
  loops: z.array(CommitmentLoop),
  /** Postmortem drafts, shown in a section of their own; filters on people and sources skip them. */
  postmortems: z.array(PostmortemLoop),
  counts: LoopCounts,
  people: z.array(z.string()),
  sources: z.array(z.string()),
});
export type LoopsView = z.infer<typeof LoopsView>;

const RISK_RANK: Record<LoopRisk, number> = {
  overdue: 0,
  'due-soon': 1,
  'scope-undecided': 2,
  aging: 3,
  scheduled: 4,
  undated: 5,
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type RiskSettings = Pick<Settings, 'dueSoonHours' | 'agingDays'>;

export function riskOf(commitment: Commitment, now: Date, settings: RiskSettings): LoopRisk {
  const untilDue = commitment.due === null ? null : Date.parse(commitment.due) - now.getTime();
  if (untilDue !== null && untilDue < 0) return 'overdue';
  if (untilDue !== null && untilDue <= settings.dueSoonHours * HOUR) return 'due-soon';
  if (commitment.scopeChanges.some((scope) => scope.decision === null)) return 'scope-undecided';
  if (now.getTime() - Date.parse(commitment.updatedAt) >= settings.agingDays * DAY) return 'aging';
  return untilDue === null ? 'undated' : 'scheduled';
}

/**
 * Everything still open, ordered by risk; within a risk, the earliest due first, then the
 * oldest — the ones that age silently.
 */
export function openLoops(commitments: Iterable<Commitment>, now: Date, settings: RiskSettings): CommitmentLoop[] {
  const loops: CommitmentLoop[] = [];
  for (const commitment of commitments) {
    if (commitment.status === 'open') loops.push({ kind: 'commitment', risk: riskOf(commitment, now, settings), commitment });
  }
  return loops.sort(
    (a, b) =>
      RISK_RANK[a.risk] - RISK_RANK[b.risk] ||
      (a.commitment.due ?? '').localeCompare(b.commitment.due ?? '') ||
      a.commitment.updatedAt.localeCompare(b.commitment.updatedAt),
  );
}

function words(filter: LoopFilter): string[] {
  return (filter.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

function matches(loop: CommitmentLoop, filter: LoopFilter): boolean {
  const { commitment } = loop;
  if (filter.person !== undefined && filter.person !== '' && commitment.promisedTo !== filter.person) return false;
  if (filter.source !== undefined && filter.source !== '' && commitment.source !== filter.source) return false;
  const wanted = words(filter);
  if (wanted.length === 0) return true;
  const haystack = [commitment.title, commitment.promisedTo ?? '', commitment.source ?? '', commitment.notes].join(' ').toLocaleLowerCase();
  return wanted.every((word) => haystack.includes(word));
}

/** A draft has no person or source, so a filter on either leaves it out; words match its title. */
function draftMatches(loop: PostmortemLoop, filter: LoopFilter): boolean {
  if ((filter.person ?? '') !== '' || (filter.source ?? '') !== '') return false;
  const title = loop.postmortem.title.toLocaleLowerCase();
  return words(filter).every((word) => title.includes(word));
}

/** The view of Open loops for a filter: counts and the people and sources cover the whole list. */
export function loopsView(loops: CommitmentLoop[], filter: LoopFilter, postmortems: PostmortemLoop[] = []): LoopsView {
  const count = (risk: LoopRisk) => loops.filter((loop) => loop.risk === risk).length;
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))].sort((a, b) => a.localeCompare(b));
  return {
    loops: loops.filter((loop) => matches(loop, filter)),
    postmortems: postmortems.filter((loop) => draftMatches(loop, filter)),
    counts: {
      total: loops.length,
      overdue: count('overdue'),
      dueSoon: count('due-soon'),
      undecided: loops.filter((loop) => loop.commitment.scopeChanges.some((scope) => scope.decision === null)).length,
      aging: count('aging'),
    },
    people: distinct(loops.map((loop) => loop.commitment.promisedTo)),
    sources: distinct(loops.map((loop) => loop.commitment.source)),
  };
}
