import { z } from 'zod';
import { IsoInstant } from '../domain/time.ts';

export const CAPTURE_LINE_MAX = 2000;

export const CaptureLine = z.strictObject({
  line: z
    .string()
    .max(CAPTURE_LINE_MAX, `Keep it to one line of at most ${String(CAPTURE_LINE_MAX)} characters.`)
    .refine((line) => line.trim().length > 0, 'Type what you promised, e.g. "Send rollout plan to Priya by Thu 3pm".'),
});

export const CapturePartKind = z.enum(['due', 'promisedTo', 'source']);

export const CapturePart = z.strictObject({
  kind: CapturePartKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ParsedCapture = z.strictObject({
  title: z.string(),
  promisedTo: z.string().nullable(),
  due: IsoInstant.nullable(),
  source: z.string().nullable(),
  parts: z.array(CapturePart),
});
