import { z } from 'zod';

/** Ids are file- and key-safe (no dots, slashes or spaces), so a store can use them as keys. */
export const RecordId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a valid record id.');
export type RecordId = z.infer<typeof RecordId>;
