/**
 * The data area's constants, free of zod so the page can show them without shipping the
 * schemas.
 */

/** What an export says it is, and the version of its shape. */
export const JOURNAL_FILE_FORMAT = 'ownlog-journal';
export const JOURNAL_FILE_VERSION = 1;

/**
 * The largest file an import reads. A ten-year journal exports to a few tens of megabytes;
 * anything far larger is not one, and reading it would only stall the app.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** No field of any record is longer (the longest, pasted evidence, is 200,000). */
export const MAX_STRING_CHARS = 1_000_000;

/** How many problems of a bad file are listed; the rest are counted. */
export const MAX_PROBLEMS_LISTED = 50;

/** How many of the records an import would replace are named in its summary. */
export const MAX_REPLACED_LISTED = 20;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
