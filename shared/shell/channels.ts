import { z } from 'zod';
import type { ChannelTable } from '../ipc/channel.ts';

/** What only the shell knows: the platform, whether the capture shortcut could be registered. */
export const ShellInfo = z.strictObject({
  platform: z.string(),
  shortcut: z.strictObject({ accelerator: z.string(), registered: z.boolean(), wayland: z.boolean() }),
  /** How to capture from a terminal (or a desktop's own shortcut settings). */
  commandLine: z.string(),
  /** Whether a tray icon could be shown (stock GNOME shows none). */
  trayShown: z.boolean(),
});
export type ShellInfo = z.infer<typeof ShellInfo>;

/** Channels the shell answers (not the journal). */
export const shellChannels = {
  'ownlog:shell-info': { request: z.strictObject({}), response: ShellInfo },
  /** The quick-capture window is done (saved or cancelled): hide it and give the focus back. */
  'ownlog:capture-window-done': { request: z.strictObject({}), response: z.strictObject({}) },
} as const satisfies ChannelTable;
