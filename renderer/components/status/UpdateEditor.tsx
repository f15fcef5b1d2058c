import { useEffect, useId, useState } from 'react';
import type { StatusUpdate } from '../../../shared/domain/status-update.ts';
import { insertIntoUpdate } from '../../../shared/git/insert.ts';
import { updateFileName } from '../../../shared/status/period.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { JournalRequestError, useJournalCommand } from '../../journal-query.ts';
import { Dialog } from '../Dialog.tsx';
import { GitCandidates } from '../git/GitCandidates.tsx';
import { ExportActions } from './ExportActions.tsx';

/** How long typing may pause before the edit is saved. */
const SAVE_AFTER_MS = 700;

function fileStem(update: StatusUpdate, zone: string): string {
  return updateFileName(update.cadence, { from: new Date(update.from), to: new Date(update.to) }, zone, '').replace(/\.$/, '');
}

/**
 * The draft, edited as Markdown and saved as the user types. Drafting it again never replaces
 * edits without asking. Marked sent, it stops being an open loop.
 */
export function UpdateEditor({ update, zone }: { update: StatusUpdate; zone: string }) {
  const [text, setText] = useState(update.text);
  const [askReplace, setAskReplace] = useState(false);
  const edit = useJournalCommand('ownlog:status-edit');
  const { mutate: saveText } = edit;
  const regenerate = useJournalCommand('ownlog:status-regenerate');
  const markSent = useJournalCommand('ownlog:status-mark-sent');
  const checkIns = useJournalCommand('ownlog:checkin-document');
  const { announce } = useCommitmentActions();
  const id = useId();
  const sent = update.sentAt !== null;
  const dirty = text !== update.text;

  // Saves after a pause in typing; what is typed stays on screen whether or not it saved.
  useEffect(() => {
    if (!dirty || sent) return;
    const timer = setTimeout(() => saveText({ id: update.id, text }), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, dirty, sent, update.id, saveText]);

  function draftAgain(replaceEdits: boolean) {
    regenerate.mutate(
      { id: update.id, replaceEdits },
      {
        onSuccess: (fresh) => {
          setAskReplace(false);
          setText(fresh.text);
          announce('Drafted again from the journal.');
        },
        onError: (error) => {
          if (error instanceof JournalRequestError && error.error.code === 'conflict') setAskReplace(true);
          else announce(error.message);
        },
      },
    );
  }

  const content = { kind: 'markdown' as const, title: update.title, text };
  return (
    <section className="panel update-editor" aria-labelledby={`${id}-title`}>
      <header className="update-header">
        <h2 id={`${id}-title`}>{update.title}</h2>
        <span className={`status ${sent ? 'status-done' : 'status-open'}`}>{sent ? 'Sent' : 'Draft'}</span>
      </header>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        The update, in Markdown
      </label>
      <textarea
        id={`${id}-text`}
        className="mono update-text"
        rows={22}
        value={text}
        readOnly={sent}
        spellCheck
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (dirty && !sent) edit.mutate({ id: update.id, text });
        }}
      />
      <p className="field-hint" aria-live="polite">
        {sent ? 'Sent — kept as it was.' : edit.isPending || dirty ? 'Saving…' : edit.isError ? '' : 'Saved. Edit freely: drafting again asks before replacing your edits.'}
      </p>
      <p className="form-error" role="alert">
        {edit.error?.message}
      </p>
      {!sent && (
        <div className="form-actions update-actions">
          <button type="button" onClick={() => draftAgain(false)} disabled={regenerate.isPending}>
            Draft again from the journal
          </button>
          <button type="button" className="primary" disabled={markSent.isPending} onClick={() => markSent.mutate({ id: update.id }, { onSuccess: () => announce(`Marked sent: ${update.title}`) })}>
            Mark sent
          </button>
        </div>
      )}
      <ExportActions content={content} fileStem={fileStem(update, zone)} />
      {!sent && (
        <GitCandidates
          span={{ span: 'range', from: update.from, to: update.to }}
          present={(line) => text.includes(`- ${line}`)}
          onAdd={(lines) => setText((current) => insertIntoUpdate(current, lines))}
          verb="Insert"
        />
      )}
      {update.cadence === 'weekly' && (
        <p>
          <button
            type="button"
            className="link"
            onClick={() =>
              checkIns.mutate(
                { from: update.from, to: update.to },
                { onSuccess: (document) => announce(`${String(document.blocks.filter((block) => block.kind === 'heading' && block.level === 2).length)} check-ins ready to export below.`) },
              )
            }
          >
            Also export the week’s check-ins
          </button>
        </p>
      )}
      {checkIns.data && <ExportActions content={{ kind: 'document', document: checkIns.data }} fileStem={updateFileName('checkins', { from: new Date(update.from), to: new Date(update.to) }, zone, '').replace(/\.$/, '')} label="The week’s check-ins" />}
      {askReplace && (
        <Dialog
          title="Replace your edits?"
          onClose={() => setAskReplace(false)}
          onSubmit={() => draftAgain(true)}
          actions={
            <>
              <button type="button" onClick={() => setAskReplace(false)} autoFocus>
                Keep mine
              </button>
              <button type="submit" className="danger">
                Replace with a new draft
              </button>
            </>
          }
        >
          <p className="dialog-lead">You have edited this update. A new draft from the journal would replace what you wrote.</p>
        </Dialog>
      )}
    </section>
  );
}
