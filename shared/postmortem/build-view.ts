import type { Postmortem } from '../domain/postmortem.ts';
import type { JournalContext } from '../journal-context.ts';
import { actionItemViews } from './action-items.ts';
import { actionProgress, missingInStep } from './completeness.ts';
import { draftOwnershipStatement } from './statement.ts';
import { STEPS } from './steps.ts';
import { journalEntriesAround } from './timeline.ts';
import type { PostmortemSummary, PostmortemView } from './view.ts';

/** Everyone the user works with, as the journal knows them: promised to, raised with, told. */
export function knownPeople(context: JournalContext, postmortem?: Postmortem): string[] {
  const people = new Set<string>();
  for (const record of context.live.values()) {
    if (record.kind === 'commitment' && record.promisedTo !== null) people.add(record.promisedTo);
    if (record.kind === 'blocker' && record.raised) people.add(record.raised.to);
    if (record.kind === 'postmortem') for (const told of record.told) people.add(told.who);
  }
  for (const told of postmortem?.told ?? []) people.add(told.who);
  return [...people].sort((a, b) => a.localeCompare(b)).slice(0, 500);
}

export function postmortemView(context: JournalContext, postmortem: Postmortem): PostmortemView {
  const actionItems = actionItemViews(context, postmortem);
  const steps = STEPS.map((step) => ({ step, missing: missingInStep(step, postmortem, actionItems) }));
  const timeZone = context.clock.timeZone();
  return {
    postmortem,
    actionItems,
    progress: actionProgress(actionItems),
    steps,
    completable: steps.every((step) => step.missing === null),
    statementDraft: draftOwnershipStatement(postmortem, actionItems, timeZone),
    offered: journalEntriesAround(context, postmortem),
    people: knownPeople(context, postmortem),
    timeZone,
  };
}

export function postmortemSummary(context: JournalContext, postmortem: Postmortem): PostmortemSummary {
  const actionItems = actionItemViews(context, postmortem);
  return {
    id: postmortem.id,
    title: postmortem.title,
    status: postmortem.status,
    severity: postmortem.impact.severity,
    happenedAt: postmortem.happenedAt,
    updatedAt: postmortem.updatedAt,
    completedAt: postmortem.completedAt,
    step: postmortem.step,
    progress: actionProgress(actionItems),
    stepsLeft: STEPS.filter((step) => missingInStep(step, postmortem, actionItems) !== null).length,
  };
}
