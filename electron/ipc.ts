import { contract } from '../shared/ipc/contract.ts';
import { eventChannel } from '../shared/ipc/events.ts';
import { failure } from '../shared/ipc/result.ts';
import type { Router } from '../shared/ipc/router.ts';
import type { Journal } from '../shared/journal.ts';
import { isTrustedSender, type SenderFrame } from './trusted-sender.ts';

/** What the shell needs of `ipcMain`; Electron's own fits it, and so does the recorded fake. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: { readonly senderFrame: SenderFrame | null }, payload: unknown) => unknown): void;
}

export interface IpcDeps {
  ipcMain: IpcRegistrar;
  router: Router;
  journal: Pick<Journal, 'onChanged'>;
  /** Sends a push event to every open window. */
  broadcast: (channel: string, payload: unknown) => void;
}

/** Binds every channel of the contract, answering only the app's own top-level page. */
export function initIpc({ ipcMain, router, journal, broadcast }: IpcDeps): void {
  for (const channel of Object.keys(contract)) {
    ipcMain.handle(channel, (event, payload) =>
      isTrustedSender(event.senderFrame)
        ? router.invoke(channel, payload)
        : failure('forbidden', 'Only Ownlog’s own window may talk to the journal.'),
    );
  }
  journal.onChanged((event) => broadcast(eventChannel('journal-changed'), event));
}
