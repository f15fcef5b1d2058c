/**
 * An error the user can act on. Its code travels over IPC; its message is shown as it is,
 * so it says what happened and what to do, in the user's terms.
 */
export type JournalErrorCode = 'not-found' | 'conflict' | 'invalid' | 'read-only' | 'storage';

export class JournalError extends Error {
  readonly code: JournalErrorCode;

  constructor(code: JournalErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JournalError';
    this.code = code;
  }
}
