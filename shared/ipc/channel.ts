import type { z } from 'zod';

/** One IPC channel: what the page may send, and what comes back. Both JSON-only. */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

export type ChannelTable = Record<string, ChannelSpec>;

export type RequestOf<T extends ChannelTable, C extends keyof T> = z.output<T[C]['request']>;
export type ResponseOf<T extends ChannelTable, C extends keyof T> = z.output<T[C]['response']>;

/** What an area implements for its slice of the contract. */
export type HandlersFor<T extends ChannelTable> = {
  [C in keyof T]: (request: RequestOf<T, C>) => ResponseOf<T, C>;
};

/** What an area implements for channels it answers later: those that wait on a process. */
export type AsyncHandlersFor<T extends ChannelTable> = {
  [C in keyof T]: (request: RequestOf<T, C>) => Promise<ResponseOf<T, C>>;
};

/**
 * Joins the areas' slices into one table. A channel named twice is a bug that would make one
 * area silently answer for another, so it throws at start.
 */
export function assertDistinctChannels(...tables: ChannelTable[]): void {
  const seen = new Set<string>();
  for (const table of tables) {
    for (const channel of Object.keys(table)) {
      if (seen.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
      seen.add(channel);
    }
  }
}
