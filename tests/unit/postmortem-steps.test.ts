import { describe, expect, it } from 'vitest';
import { actionProgress, missingForCompletion, missingInStep, type ActionItemState } from '../../shared/postmortem/completeness.ts';
import { aPostmortem, seedPostmortems } from '../support/seed-postmortems.ts';

const open = (title: string, due: string | null): ActionItemState => ({ title, status: 'open', due });
const written = () => seedPostmortems().postmortems[0]!;

describe('when a postmortem is complete', () => {
  it('needs every step to have content, and says what each still needs', () => {
    const fresh = aPostmortem('pm-fresh');
    expect(missingForCompletion(fresh, [])).toEqual([
      { step: 'acknowledge', missing: 'Say when it was detected.' },
      { step: 'impact', missing: 'Say who was affected, what was affected, for how long, the severity.' },
      { step: 'tell', missing: 'Record who you told, and when.' },
      { step: 'timeline', missing: 'Add at least one entry to the timeline.' },
      { step: 'root-cause', missing: 'Answer the first “why?”.' },
      { step: 'resolution', missing: 'Say how it was resolved.' },
      { step: 'action-items', missing: 'Add at least one action item.' },
      { step: 'lessons', missing: 'Write at least one lesson.' },
    ]);
    expect(missingForCompletion(written(), [open('Lock check', '2026-11-27T16:00:00.000Z')])).toEqual([]);
  });

  it('reads each step by its own rule', () => {
    const postmortem = written();
    expect(missingInStep('impact', { ...postmortem, impact: { ...postmortem.impact, duration: '  ' } }, [])).toBe('Say for how long.');
    expect(missingInStep('root-cause', { ...postmortem, whys: ['', ' '] }, [])).toBe('Answer the first “why?”.');
    expect(missingInStep('root-cause', { ...postmortem, factors: [] }, [])).toBe('Name at least one contributing factor.');
    expect(missingInStep('resolution', { ...postmortem, lucky: '' }, [])).toBe('Say where you got lucky (or that you did not).');
    expect(missingInStep('acknowledge', { ...postmortem, acknowledgedAt: null }, [])).toBe('Say when you acknowledged it.');
  });

  it('needs a due date on every open action item; done or dropped ones are settled, deleted ones do not count', () => {
    const postmortem = written();
    expect(missingInStep('action-items', postmortem, [open('Lock check', null)])).toBe('Give “Lock check” a due date.');
    expect(missingInStep('action-items', postmortem, [open('Lock check', null), open('BI window', null)])).toBe('Give 2 action items a due date.');
    expect(missingInStep('action-items', postmortem, [{ title: 'Alert', status: 'done', due: null }])).toBeNull();
    expect(missingInStep('action-items', postmortem, [{ title: 'Typo', status: 'deleted', due: null }])).toBe('Add at least one action item.');
    expect(actionProgress([open('a', null), { title: 'b', status: 'done', due: null }, { title: 'c', status: 'deleted', due: null }])).toEqual({ done: 1, total: 2 });
  });
});
