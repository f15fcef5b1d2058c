import { z } from 'zod';

export const ErrorCode = z.enum([
  'unknown-channel',
  'invalid-request',
  'forbidden',
  'not-found',
  'conflict',
  'invalid',
  'read-only',
  'storage',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const IpcIssue = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type IpcIssue = z.infer<typeof IpcIssue>;

export const IpcError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(IpcIssue),
});
export type IpcError = z.infer<typeof IpcError>;

/**
 * Errors travel as values: `ipcMain.handle` passes only a thrown error's message to the page
 * (electron/electron#24427), and the page needs the code and the issues to say what is wrong.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: IpcError }),
  ]);
}

export function failure(code: ErrorCode, message: string, issues: IpcIssue[] = []): IpcResult<never> {
  return { ok: false, error: { code, message, issues } };
}
