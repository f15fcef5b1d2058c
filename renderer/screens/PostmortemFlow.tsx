import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, Redirect, useLocation, useParams } from 'wouter';
import type { Postmortem } from '../../shared/domain/postmortem.ts';
import { missingInStep } from '../../shared/postmortem/completeness.ts';
import { isStep, LIBRARY_ROUTE, nextPage, postmortemRoute, previousPage, STEP_LABEL, STEPS, type PostmortemPage, type StepId } from '../../shared/postmortem/steps.ts';
import type { PostmortemView } from '../../shared/postmortem/view.ts';
import { useCommitmentActions } from '../commitment-actions.tsx';
import { AcknowledgeStep } from '../components/postmortem/AcknowledgeStep.tsx';
import { ActionItemsStep } from '../components/postmortem/ActionItemsStep.tsx';
import { DeletePostmortemButton } from '../components/postmortem/DeletePostmortemButton.tsx';
import type { DraftEdits, PendingInput, PostmortemDraft, StepProps } from '../components/postmortem/draft.ts';
import { ImpactStep } from '../components/postmortem/ImpactStep.tsx';
import { LessonsStep } from '../components/postmortem/LessonsStep.tsx';
import { ResolutionStep } from '../components/postmortem/ResolutionStep.tsx';
import { ReviewPage } from '../components/postmortem/ReviewPage.tsx';
import { RootCauseStep } from '../components/postmortem/RootCauseStep.tsx';
import { StepProgress } from '../components/postmortem/StepProgress.tsx';
import { TellStep } from '../components/postmortem/TellStep.tsx';
import { TimelineStep } from '../components/postmortem/TimelineStep.tsx';
import { useJournalCommand, useJournalQuery } from '../journal-query.ts';
import { isTyping, useShortcuts } from '../keyboard.ts';
import '../components/postmortem/postmortem.css';

function draftOf(postmortem: Postmortem): PostmortemDraft {
  const { title, happenedAt, detectedAt, acknowledgedAt, impact, statement, timeline, whys, factors, resolution, lucky, lessons } = postmortem;
  return { title, happenedAt, detectedAt, acknowledgedAt, impact, statement, timeline, whys, factors, resolution, lucky, lessons };
}

/**
 * A postmortem, one step a screen (`#/postmortem/<id>/<step>`), or its review. Without a step
 * in the route it resumes where the user left off; a complete one opens at its review.
 */
export function PostmortemFlow() {
  const { id, page } = useParams<{ id: string; page?: string }>();
  const query = useJournalQuery('ownlog:postmortem-get', { id });
  if (query.isError && !query.data) {
    return (
      <main className="screen">
        <Link href={LIBRARY_ROUTE} className="back">
          ← Postmortems
        </Link>
        <section className="empty" role="alert">
          <h2>No postmortem here</h2>
          <p>{query.error.message}</p>
        </section>
      </main>
    );
  }
  if (!query.data) return <main className="screen" aria-busy="true" />;
  const { postmortem } = query.data;
  if (page === undefined || (page !== 'review' && !isStep(page))) {
    return <Redirect to={postmortemRoute(id, postmortem.status === 'complete' ? 'review' : postmortem.step)} replace />;
  }
  return <Flow key={id} view={query.data} page={page} />;
}

function Flow({ view, page }: { view: PostmortemView; page: PostmortemPage }) {
  const { postmortem } = view;
  const [edits, setEdits] = useState<DraftEdits>({});
  const draft: PostmortemDraft = { ...draftOf(postmortem), ...edits };
  const save = useJournalCommand('ownlog:postmortem-save');
  const complete = useJournalCommand('ownlog:postmortem-complete');
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const { announce } = useCommitmentActions();
  const bodyRef = useRef<HTMLDivElement>(null);
  const pendingInputs = useRef(new Map<string, PendingInput>());
  const [stopped, setStopped] = useState<string | null>(null);
  const registerPending = useCallback((key: string, read: PendingInput | null) => {
    if (read) pendingInputs.current.set(key, read);
    else pendingInputs.current.delete(key);
  }, []);
  const content = { ...draft, told: postmortem.told };
  const states = STEPS.map((step) => ({ step, missing: missingInStep(step, content, view.actionItems) }));
  const gaps = states.flatMap(({ step, missing }) => (missing === null ? [] : [{ step, missing }]));

  const stepProps: StepProps = {
    draft,
    edit: (changes) => setEdits((current) => ({ ...current, ...changes })),
    forget: (field) =>
      setEdits((current) => {
        const { [field]: _dropped, ...rest } = current;
        return rest;
      }),
    pending: registerPending,
  };

  /** Saves what changed (a draft at every step), then goes; on failure stays, with the text kept. */
  function go(target: PostmortemPage | 'leave') {
    if (save.isPending) return;
    let sent = edits;
    for (const read of pendingInputs.current.values()) {
      const input = read();
      if (input === null) continue;
      if ('stop' in input) {
        setStopped(input.stop);
        return;
      }
      sent = { ...sent, ...input.edits };
    }
    setStopped(null);
    save.mutate(
      { id: postmortem.id, changes: sent, ...(target !== 'leave' && target !== 'review' ? { step: target } : {}) },
      {
        onSuccess: (next) => {
          client.setQueryData(['ownlog:postmortem-get', { id: postmortem.id }], next);
          // What was typed while the save was on its way stays, to go with the next one.
          setEdits((current) => (current === edits ? {} : current));
          if (postmortem.status === 'complete' && next.postmortem.status === 'draft') announce('Saved — a step lost its content, so the postmortem is a draft again.');
          navigate(target === 'leave' ? LIBRARY_ROUTE : postmortemRoute(postmortem.id, target));
        },
        onError: (error) => announce(error.message),
      },
    );
  }

  function completeNow() {
    if (complete.isPending || postmortem.status === 'complete') return;
    save.mutate(
      { id: postmortem.id, changes: edits },
      {
        onSuccess: () => {
          setEdits({});
          complete.mutate({ id: postmortem.id }, { onSuccess: (done) => announce(`Postmortem complete: ${done.postmortem.title}`), onError: (error) => announce(error.message) });
        },
        onError: (error) => announce(error.message),
      },
    );
  }

  const keys = useRef({ go, completeNow, page });
  useEffect(() => {
    keys.current = { go, completeNow, page };
  });
  // The step keys work while typing too: they carry a modifier no text field uses.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const { go: move, completeNow: finish, page: here } = keys.current;
      const forward = (event.altKey && event.key === 'ArrowRight') || ((event.ctrlKey || event.metaKey) && event.key === 'Enter');
      const back = event.altKey && event.key === 'ArrowLeft';
      if (forward) {
        event.preventDefault();
        if (here === 'review') finish();
        else move(nextPage(here));
      } else if (back) {
        event.preventDefault();
        const previous = previousPage(here);
        if (previous) move(previous);
      } else if (event.key === 'Escape' && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        if (isTyping(event.target) && event.target instanceof HTMLElement) event.target.blur();
        else move('leave');
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  useShortcuts(Object.fromEntries(STEPS.map((step, index) => [String(index + 1), () => go(step)])));

  // Each step opens with the keyboard in its first field.
  useEffect(() => {
    const first = bodyRef.current?.querySelector<HTMLElement>('input, textarea, select, button.primary');
    (first ?? bodyRef.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [page]);

  const steps: Record<StepId, ReactNode> = {
    acknowledge: <AcknowledgeStep {...stepProps} />,
    impact: <ImpactStep {...stepProps} />,
    tell: <TellStep {...stepProps} view={view} />,
    timeline: <TimelineStep {...stepProps} view={view} />,
    'root-cause': <RootCauseStep {...stepProps} view={view} />,
    resolution: <ResolutionStep {...stepProps} />,
    'action-items': <ActionItemsStep view={view} pending={registerPending} />,
    lessons: <LessonsStep {...stepProps} />,
  };
  const previous = previousPage(page);
  const next = nextPage(page);
  const error = stopped ?? (save.error ?? complete.error)?.message;

  return (
    <main className="screen postmortem">
      <nav className="pm-topnav">
        <Link href={LIBRARY_ROUTE} className="back">
          ← Postmortems
        </Link>
        {postmortem.status === 'draft' && <DeletePostmortemButton id={postmortem.id} title={postmortem.title} />}
      </nav>
      <header className="pm-header">
        <span className={`status ${postmortem.status === 'complete' ? 'status-done' : 'status-draft'}`}>{postmortem.status === 'complete' ? 'Complete' : 'Draft'}</span>
        <h1>{draft.title}</h1>
      </header>
      <StepProgress page={page} states={states} onGo={go} />
      <section className="pm-step-body" aria-labelledby="pm-step-title">
        <h2 id="pm-step-title" tabIndex={-1}>
          {page === 'review' ? 'Review' : STEP_LABEL[page]}
        </h2>
        <div ref={bodyRef}>{page === 'review' ? <ReviewPage view={view} draft={draft} missing={gaps} onGo={go} onComplete={completeNow} completing={complete.isPending} /> : steps[page]}</div>
      </section>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="pm-nav">
        {previous && (
          <button type="button" onClick={() => go(previous)} disabled={save.isPending}>
            ← {previous === 'review' ? 'Review' : STEP_LABEL[previous]} <kbd>Alt+←</kbd>
          </button>
        )}
        <span className="pm-saved">{save.isPending ? 'Saving…' : 'Saved as a draft at every step'}</span>
        {page !== 'review' && (
          <button type="button" className="primary" onClick={() => go(next)} disabled={save.isPending}>
            {next === 'review' ? 'Review' : STEP_LABEL[next]} → <kbd>Alt+→</kbd>
          </button>
        )}
      </div>
      <footer className="keys" aria-label="Keyboard shortcuts">
        <kbd>Alt+→</kbd> or <kbd>Ctrl+Enter</kbd> next{page === 'review' ? ' (completes)' : ''} · <kbd>Alt+←</kbd> back · <kbd>1</kbd>–<kbd>8</kbd> go to a step · <kbd>Esc</kbd> leave a field, then save and go to the library
      </footer>
    </main>
  );
}
