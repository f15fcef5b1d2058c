import { z } from 'zod';
import { JournalError } from '../errors.ts';
import { contract, isChannel, type Channel, type Handlers, type ResponseMap } from './contract.ts';
import { firstNonPlainData } from './plain-data.ts';
import { failure, type IpcIssue, type IpcResult } from './result.ts';

export interface Router {
  /** Validates the payload, calls the journal, and answers with a result — never throws. */
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
}

/**
 * `handlers` must answer every channel of the contract: the journal's, joined with those the
 * shell answers itself — `createRouter({ ...journal.handlers, ...clipboardHandlers(clipboard) })`.
 */
export function createRouter(handlers: Handlers): Router {
  async function dispatch<C extends Channel>(channel: C, payload: unknown): Promise<IpcResult<ResponseMap[C]>> {
    const spec = contract[channel];
    const notPlain = firstNonPlainData(payload);
    if (notPlain) return failure('invalid-request', notPlain.message, [notPlain]);
    const request = spec.request.safeParse(payload);
    if (!request.success) {
      const issues = issuesOf(request.error);
      return failure('invalid-request', issues[0]?.message ?? 'That request is not valid.', issues);
    }
    // The answer is checked too, so nothing that is not plain JSON of the agreed shape ever
    // reaches the page, even from a bug in the journal.
    const response = spec.response.safeParse(await handlers[channel](request.data));
    if (!response.success) {
      return failure('internal', 'Ownlog produced an answer it could not check. Nothing was lost; please report this.', issuesOf(response.error));
    }
    return { ok: true, value: response.data };
  }

  return {
    async invoke(channel, payload) {
      if (!isChannel(channel)) return failure('unknown-channel', `Ownlog has no request called "${channel}".`);
      try {
        return await dispatch(channel, payload);
      } catch (error) {
        return asFailure(error);
      }
    },
  };
}

function asFailure(error: unknown): IpcResult<never> {
  if (error instanceof JournalError) return failure(error.code, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return failure('internal', `Something went wrong inside Ownlog: ${detail}`);
}

function issuesOf(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}
