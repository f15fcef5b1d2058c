import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, RequestInputMap, ResponseMap } from '../shared/ipc/contract.ts';
import type { IpcError } from '../shared/ipc/result.ts';
import { ownlog } from './ownlog.ts';

/** An error from the journal, with the message meant for the user. */
export class JournalRequestError extends Error {
  readonly error: IpcError;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'JournalRequestError';
    this.error = error;
  }
}

export async function request<C extends Channel>(channel: C, payload: RequestInputMap[C]): Promise<ResponseMap[C]> {
  const result = await ownlog().invoke(channel, payload);
  if (!result.ok) throw new JournalRequestError(result.error);
  return result.value;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The journal is local and pushes every change: nothing goes stale on its own.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * The renderer keeps no copy of truth: every change in the journal re-asks what is shown —
 * but for what does not come from the journal (commits read from git: meta.followsJournal false).
 */
export function useJournalChanges(): void {
  const client = useQueryClient();
  useEffect(() => ownlog().on('journal-changed', () => void client.invalidateQueries({ predicate: (query) => query.meta?.followsJournal !== false })), [client]);
}

/**
 * Asks the journal, and asks again whenever it changes. `keepPrevious` keeps the last answer on
 * screen while a new one is asked (a search being typed), so nothing flashes or loses focus.
 * `refetchEveryMs` asks again on a timer too, for what changes without a change event between
 * heartbeats (a blocker's elapsed time); the answer is still the journal's, never counted here.
 */
export function useJournalQuery<C extends Channel>(channel: C, payload: RequestInputMap[C], options: { keepPrevious?: boolean; refetchEveryMs?: number } = {}) {
  return useQuery({
    queryKey: [channel, payload],
    queryFn: () => request(channel, payload),
    refetchInterval: options.refetchEveryMs ?? false,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

export function useJournalCommand<C extends Channel>(channel: C) {
  return useMutation<ResponseMap[C], Error, RequestInputMap[C]>({ mutationFn: (payload) => request(channel, payload) });
}
