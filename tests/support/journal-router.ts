import { shellHandlers, type TextClipboard } from '../../electron/shell-handlers.ts';
import { createRouter, type Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';

/** A clipboard that keeps what was written to it, for tests to read. */
export interface RecordingClipboard extends TextClipboard {
  readonly texts: string[];
}

export function recordingClipboard(): RecordingClipboard {
  const texts: string[] = [];
  return {
    texts,
    writeText(text) {
      texts.push(text);
      return Promise.resolve();
    },
  };
}

/** The router as the app builds it: the journal's handlers and the shell's, over a recording clipboard. */
export function routerFor(journal: Pick<Journal, 'handlers'>, clipboard: TextClipboard = recordingClipboard()): Router {
  return createRouter({ ...journal.handlers, ...shellHandlers({ clipboard }) });
}
