import { format } from 'date-fns';
import { useEffect, useRef } from 'react';
import type { Postmortem } from '../../../shared/domain/postmortem.ts';

/** The parts of a postmortem the steps edit; what the page keeps until it is saved. */
export type PostmortemDraft = Pick<Postmortem, 'title' | 'happenedAt' | 'detectedAt' | 'acknowledgedAt' | 'impact' | 'statement' | 'timeline' | 'whys' | 'factors' | 'resolution' | 'lucky' | 'lessons'>;

/** What the user changed since the last save: only these are sent, so nothing else is overwritten. */
export type DraftEdits = Partial<PostmortemDraft>;

/**
 * What a step's own small form holds but has not added yet (a lesson typed, not yet added):
 * the changes that add it, or why the user must act first (an action item is a commitment,
 * so it is only made on purpose). Moving to another step takes it along or stops to say so.
 */
export type PendingInput = () => { edits: DraftEdits } | { stop: string } | null;

/** Registers (or with null, removes) what a step's form holds under `key`. */
export type RegisterPending = (key: string, read: PendingInput | null) => void;

export interface StepProps {
  draft: PostmortemDraft;
  edit: (changes: DraftEdits) => void;
  /** Drops an unsaved change, when the journal now holds the value (the statement as sent). */
  forget: (field: keyof PostmortemDraft) => void;
  pending: RegisterPending;
}

/** An instant as a `datetime-local` input holds it: the user's own wall time, to the minute. */
export function toLocalInput(iso: string | null): string {
  return iso === null ? '' : format(new Date(iso), "yyyy-MM-dd'T'HH:mm");
}

/** The instant a `datetime-local` value stands for in the user's zone; null when it is empty. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Tags typed as "deploys, migrations" or "#deploys #migrations". */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((tag) => tag.replace(/^#/, '').toLowerCase()).filter(Boolean))];
}

/** Keeps a step's unadded input registered with the flow while the step is on screen. */
export function usePendingInput(register: RegisterPending, key: string, read: PendingInput): void {
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    register(key, () => latest.current());
    return () => register(key, null);
  }, [register, key]);
}
