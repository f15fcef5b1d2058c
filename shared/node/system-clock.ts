import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Clock, IdSource } from '../ports.ts';

export const systemClock: Clock = {
  now: () => new Date(),
  monotonic: () => performance.timeOrigin + performance.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const randomIds: IdSource = { next: () => randomUUID() };
