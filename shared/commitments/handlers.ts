import type { HandlersFor } from '../ipc/channel.ts';
import type { JournalContext } from '../journal-context.ts';
import { capture, previewCapture, previewDue } from './capture.ts';
import { addScopeChange, changeChecklist, decideScopeChange, edit, renegotiate } from './changes.ts';
import type { commitmentChannels } from './channels.ts';
import { closedCommitments } from './closed.ts';
import { draftDropNote, draftRenegotiation, draftScopeMessage } from './drafts.ts';
import { closeAsDone, closeAsDropped, remove, reopen, undoClose } from './endings.ts';
import { findCommitment, openCommitment } from './lookup.ts';

export function commitmentHandlers(context: JournalContext): HandlersFor<typeof commitmentChannels> {
  return {
    'ownlog:commitment-preview': (request) => previewCapture(context, request),
    'ownlog:commitment-capture': (request) => capture(context, request),
    'ownlog:commitment-parse-due': ({ text }) => ({ due: previewDue(context, text) }),
    'ownlog:commitment-get': ({ id, month }) => findCommitment(context, id, month).commitment,
    'ownlog:commitment-edit': ({ id, changes }) => edit(context, id, changes),
    'ownlog:commitment-close-done': ({ id, skipChecklist }) => closeAsDone(context, id, { skipChecklist }),
    'ownlog:commitment-drop': ({ id, note }) => closeAsDropped(context, id, note),
    'ownlog:commitment-undo-close': ({ id }) => undoClose(context, id),
    'ownlog:commitment-reopen': ({ id, month }) => reopen(context, id, month),
    'ownlog:commitment-delete': ({ id, month }) => remove(context, id, month),
    'ownlog:commitment-renegotiate': ({ id, due, message }) => renegotiate(context, id, due, message),
    'ownlog:commitment-draft': (request) => {
      const commitment = openCommitment(context, request.id);
      switch (request.kind) {
        case 'renegotiate':
          return { text: draftRenegotiation(commitment, request.due, context.clock.timeZone()) };
        case 'drop':
          return { text: draftDropNote(commitment) };
        case 'scope':
          return { text: draftScopeMessage(commitment, request) };
      }
    },
    'ownlog:commitment-checklist': ({ id, action }) => changeChecklist(context, id, action),
    'ownlog:commitment-scope-add': ({ id, ...found }) => addScopeChange(context, id, found),
    'ownlog:commitment-scope-decide': ({ id, scopeId, decision }) => decideScopeChange(context, id, scopeId, decision),
    'ownlog:commitment-closed': (query) => closedCommitments(context, query),
  };
}
