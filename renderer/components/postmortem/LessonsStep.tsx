import { useId, useState } from 'react';
import type { Lesson } from '../../../shared/domain/postmortem.ts';
import { parseTags, usePendingInput, type StepProps } from './draft.ts';

/** Step 8: short lessons, tagged, kept in the library to be found again. */
export function LessonsStep({ draft, edit, pending }: StepProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const setLessons = (lessons: Lesson[]) => edit({ lessons });
  usePendingInput(pending, 'lesson', () => (text.trim() === '' ? null : { edits: { lessons: [...draft.lessons, { text: text.trim(), tags: parseTags(tags) }] } }));

  return (
    <>
      <p className="step-lead">One sentence each, worth reading next time. Tags make them easy to find: deploys, migrations, alerts…</p>
      {draft.lessons.length === 0 ? (
        <p className="empty-inline">No lessons yet.</p>
      ) : (
        <ul className="pm-lessons" aria-label="Lessons">
          {draft.lessons.map((lesson, index) => (
            <li key={`${lesson.text}-${String(index)}`}>
              <span>{lesson.text}</span>
              <span className="pm-tags">
                {lesson.tags.map((tag) => (
                  <span key={tag} className="pm-tag">
                    #{tag}
                  </span>
                ))}
              </span>
              <button type="button" className="icon" aria-label={`Remove “${lesson.text}”`} onClick={() => setLessons(draft.lessons.filter((_item, position) => position !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="panel"
        aria-label="Add a lesson"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          setLessons([...draft.lessons, { text: text.trim(), tags: parseTags(tags) }]);
          setText('');
          setTags('');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>Lesson</label>
          <input id={`${id}-text`} type="text" value={text} autoComplete="off" placeholder="e.g. Check for lock holders before raising a migration timeout" onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input id={`${id}-tags`} type="text" value={tags} autoComplete="off" placeholder="deploys, migrations" onChange={(event) => setTags(event.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={text.trim() === ''}>
            Add lesson
          </button>
        </div>
      </form>
    </>
  );
}
