import type { Postmortem } from '../domain/postmortem.ts';
import { STEPS, type StepId } from './steps.ts';

/**
 * When a postmortem is complete: every step has content and every action item has a date.
 * Pure and zod-free, so the page can tick steps off as the user writes.
 */

/** What an action item's commitment is now: open, done, dropped, or deleted as a mistake. */
export type ActionItemStatus = 'open' | 'done' | 'dropped' | 'deleted';

export interface ActionItemState {
  title: string;
  status: ActionItemStatus;
  due: string | null;
}

/** The parts of a postmortem the rules read. */
export type StepContent = Pick<Postmortem, 'detectedAt' | 'acknowledgedAt' | 'impact' | 'told' | 'timeline' | 'whys' | 'factors' | 'resolution' | 'lucky' | 'lessons'>;

const said = (text: string) => text.trim() !== '';

/**
 * What a step still needs, in words the user can act on; null when it has its content. An
 * action item whose commitment is already done or dropped needs no date: it is settled.
 */
export function missingInStep(step: StepId, content: StepContent, items: readonly ActionItemState[]): string | null {
  switch (step) {
    case 'acknowledge':
      if (content.detectedAt === null) return 'Say when it was detected.';
      return content.acknowledgedAt === null ? 'Say when you acknowledged it.' : null;
    case 'impact': {
      const { who, what, duration, severity } = content.impact;
      const gaps = [!said(who) && 'who was affected', !said(what) && 'what was affected', !said(duration) && 'for how long', severity === null && 'the severity'].filter((gap) => gap !== false);
      return gaps.length === 0 ? null : `Say ${gaps.join(', ')}.`;
    }
    case 'tell':
      return content.told.length === 0 ? 'Record who you told, and when.' : null;
    case 'timeline':
      return content.timeline.length === 0 ? 'Add at least one entry to the timeline.' : null;
    case 'root-cause':
      if (!content.whys.some(said)) return 'Answer the first “why?”.';
      return content.factors.length === 0 ? 'Name at least one contributing factor.' : null;
    case 'resolution':
      if (!said(content.resolution)) return 'Say how it was resolved.';
      return said(content.lucky) ? null : 'Say where you got lucky (or that you did not).';
    case 'action-items': {
      const kept = items.filter((item) => item.status !== 'deleted');
      if (kept.length === 0) return 'Add at least one action item.';
      const undated = kept.filter((item) => item.status === 'open' && item.due === null);
      return undated.length === 0 ? null : `Give ${undated.length === 1 ? `“${undated[0]?.title ?? ''}”` : `${String(undated.length)} action items`} a due date.`;
    }
    case 'lessons':
      return content.lessons.length === 0 ? 'Write at least one lesson.' : null;
  }
}

/** Every step that still needs something, in order; empty when the postmortem is complete. */
export function missingForCompletion(content: StepContent, items: readonly ActionItemState[]): { step: StepId; missing: string }[] {
  return STEPS.flatMap((step) => {
    const missing = missingInStep(step, content, items);
    return missing === null ? [] : [{ step, missing }];
  });
}

/** Action items done out of those that count (deleted ones do not). */
export function actionProgress(items: readonly ActionItemState[]): { done: number; total: number } {
  const kept = items.filter((item) => item.status !== 'deleted');
  return { done: kept.filter((item) => item.status === 'done').length, total: kept.length };
}
