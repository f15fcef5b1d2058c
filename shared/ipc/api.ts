import { contract, isChannel, type Channel, type RequestInputMap, type ResponseMap } from './contract.ts';
import { eventChannel, events, type EventName, type EventPayload } from './events.ts';
import { failure, resultSchema, type IpcResult } from './result.ts';

/** How messages travel: `ipcRenderer` in the preload, a Playwright binding in the e2e tests. */
export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** `window.ownlog`: the page's only way into the journal. */
export interface OwnlogApi {
  invoke<C extends Channel>(channel: C, request: RequestInputMap[C]): Promise<IpcResult<ResponseMap[C]>>;
  /** Listens to a pushed event; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApi(transport: Transport): OwnlogApi {
  return {
    async invoke(channel, request) {
      if (!isChannel(channel)) return failure('unknown-channel', `Ownlog has no request called "${String(channel)}".`);
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, request);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return failure('internal', `Ownlog could not reach its journal: ${detail}`);
      }
      // Parsing the answer against the contract is what types it: no casts on this side.
      const answer = resultSchema(contract[channel].response).safeParse(raw);
      return answer.success ? answer.data : failure('internal', 'Ownlog received an answer it did not expect.');
    },
    on(event, listener) {
      return transport.subscribe(eventChannel(event), (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
