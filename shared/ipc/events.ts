import { z } from 'zod';
import { IsoInstant } from '../domain/time.ts';

/** Pushed from the journal to every window; the page re-queries what it shows. */
export const events = {
  'journal-changed': z.strictObject({ at: IsoInstant }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function eventChannel(event: EventName): `ownlog:${EventName}` {
  return `ownlog:${event}`;
}
