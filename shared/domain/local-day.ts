import { z } from 'zod';

/** A calendar day in the user's zone, "2026-11-24": what a check-in belongs to. */
export const LocalDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Not a day like 2026-11-24.');
export type LocalDay = z.infer<typeof LocalDay>;
