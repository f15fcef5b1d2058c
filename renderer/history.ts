import type { Commitment, CommitmentEvent } from '../shared/domain/commitment.ts';
import { formatDue } from './format.ts';

const FIELD_LABEL: Record<Extract<CommitmentEvent, { type: 'edited' }>['field'], string> = {
  title: 'Title',
  promisedTo: 'Promised to',
  due: 'Due',
  source: 'Source',
  notes: 'Notes',
  ownership: 'Ownership level',
  checklist: 'Definition of shipped',
};

/** One line of a commitment's history, in words. */
export function describeEvent(event: CommitmentEvent, commitment: Commitment, now: Date): string {
  const when = (iso: string | null) => (iso === null ? 'no date' : formatDue(iso, now));
  switch (event.type) {
    case 'captured':
      return event.overCapacity ? `Captured, over capacity (${String(event.overCapacity.load + 1)} due against ${String(event.overCapacity.capacity)})` : 'Captured';
    case 'status':
      if (event.to === 'done') return event.skipped?.length ? `Done, skipping: ${event.skipped.join('; ')}` : 'Done';
      if (event.to === 'dropped') return `Dropped — “${event.note ?? ''}”`;
      return `Reopened (was ${event.from})`;
    case 'renegotiated':
      return `Renegotiated ${event.timing === 'late' ? 'late' : 'on time'}: ${when(event.from)} → ${when(event.to)} — “${event.message}”`;
    case 'edited': {
      const label = FIELD_LABEL[event.field];
      if (event.field === 'due') return `${label}: ${when(event.from)} → ${when(event.to)}`;
      if (event.field === 'notes') return 'Notes edited';
      if (event.from === null) return `${label}: added ${event.to ?? ''}`;
      if (event.to === null) return `${label}: removed ${event.from}`;
      return `${label}: ${event.from} → ${event.to}`;
    }
    case 'scope': {
      const scope = commitment.scopeChanges.find((candidate) => candidate.id === event.scopeId);
      const what = scope ? `“${scope.what}”` : 'extra work';
      const verbs = { found: 'Found more work', proceed: 'Decided to proceed with', defer: 'Deferred', decline: 'Declined' } as const;
      return `${verbs[event.change]} ${what}${event.change === 'found' && scope ? ` (+${String(scope.costDays)} d)` : ''}`;
    }
  }
}
