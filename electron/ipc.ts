import type { IpcMain } from 'electron';
import { contract } from '../shared/ipc/contract.ts';
import { eventChannel } from '../shared/ipc/events.ts';
import { failure } from '../shared/ipc/result.ts';
import type { Router } from '../shared/ipc/router.ts';
import type { Journal } from '../shared/journal.ts';
import { isTrustedSender, type SenderFrame } from './trusted-sender.ts';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  router: Router;
  journal: Pick<Journal, 'onChanged'>;
  /** Sends a push event to every open window. */
  broadcast(channel: string, payload: unknown): void;
}

/** Binds every channel of the contract, answering only the app's own top-level page. */
export function initIpc({ ipcMain, router, journal, broadcast }: IpcDeps): void {
  for (const channel of Object.keys(contract)) {
    ipcMain.handle(channel, (event: { senderFrame: SenderFrame | null }, payload: unknown) =>
      isTrustedSender(event.senderFrame)
        ? router.invoke(channel, payload)
        : failure('forbidden', 'Only Ownlog’s own window may talk to the journal.'),
    );
  }
  journal.onChanged((event) => broadcast(eventChannel('journal-changed'), event));
}
