/**
 * The guided steps of a blameless self-postmortem, and the words the page shows for them.
 * No zod here: the page imports these, and zod's schemas probe `new Function` when they are
 * built, which the page's CSP reports as a violation.
 */

export const STEPS = ['acknowledge', 'impact', 'tell', 'timeline', 'root-cause', 'resolution', 'action-items', 'lessons'] as const;
export type StepId = (typeof STEPS)[number];

/** Where a postmortem can be opened: one of the steps, or the review of the whole of it. */
export type PostmortemPage = StepId | 'review';

export const STEP_LABEL: Readonly<Record<StepId, string>> = {
  acknowledge: 'Acknowledge',
  impact: 'Impact',
  tell: 'Tell the right people',
  timeline: 'Timeline',
  'root-cause': 'Root cause',
  resolution: 'Resolution',
  'action-items': 'Action items',
  lessons: 'Lessons',
};

export function isStep(value: string): value is StepId {
  return (STEPS as readonly string[]).includes(value);
}

/** The step after `step`, or the review after the last one. */
export function nextPage(page: PostmortemPage): PostmortemPage {
  if (page === 'review') return 'review';
  return STEPS[STEPS.indexOf(page) + 1] ?? 'review';
}

/** The step before `page`; the first step has none. */
export function previousPage(page: PostmortemPage): PostmortemPage | null {
  if (page === 'review') return STEPS[STEPS.length - 1] ?? null;
  return STEPS[STEPS.indexOf(page) - 1] ?? null;
}

/** Severity 1 is the worst, as in most on-call practice; each level says what it means. */
export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  1: 'Critical — people could not use something they rely on, or data was lost',
  2: 'Major — a core feature was broken or badly degraded for many people',
  3: 'Minor — some people were affected, or there was a workaround',
  4: 'Low — caught before anyone outside the team noticed',
};

export const SEVERITY_SHORT: Readonly<Record<Severity, string>> = { 1: 'Critical', 2: 'Major', 3: 'Minor', 4: 'Low' };

/** Where a contributing factor sits in the system: never a person. */
export const FACTOR_CATEGORIES = ['process', 'communication', 'technical', 'tooling', 'environment'] as const;
export type FactorCategory = (typeof FACTOR_CATEGORIES)[number];

export const FACTOR_LABEL: Readonly<Record<FactorCategory, string>> = {
  process: 'Process',
  communication: 'Communication',
  technical: 'Technical',
  tooling: 'Tooling',
  environment: 'Environment',
};

/** Five whys: each answer becomes the next question. */
export const WHYS_MAX = 5;

/** The app's route for a postmortem, at one of its steps or at its review. */
export function postmortemRoute(id: string, page?: PostmortemPage): string {
  return page === undefined ? `/postmortem/${encodeURIComponent(id)}` : `/postmortem/${encodeURIComponent(id)}/${page}`;
}

export const LIBRARY_ROUTE = '/postmortems';
