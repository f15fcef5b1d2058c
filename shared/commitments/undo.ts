/** How long a close made with one key can be taken back. The page shows the undo bar as long. */
export const UNDO_WINDOW_MS = 10_000;
