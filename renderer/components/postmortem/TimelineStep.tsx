import { useId, useState } from 'react';
import { formatMoment } from '../../../shared/blockers/display.ts';
import type { TimelineEntry } from '../../../shared/domain/postmortem.ts';
import type { PostmortemView } from '../../../shared/postmortem/view.ts';
import { fromLocalInput, toLocalInput, usePendingInput, type StepProps } from './draft.ts';

const byTime = (entries: TimelineEntry[]) => [...entries].sort((a, b) => a.at.localeCompare(b.at));

/**
 * Step 4: what happened when. It starts with what the journal recorded around the incident
 * (promises, blocker attempts); every entry can be corrected or removed, and more added.
 */
export function TimelineStep({ draft, edit, pending, view }: StepProps & { view: PostmortemView }) {
  const id = useId();
  const [when, setWhen] = useState(() => toLocalInput(draft.timeline.at(-1)?.at ?? draft.happenedAt));
  const [text, setText] = useState('');
  const taken = new Set(draft.timeline.map((entry) => entry.ref));
  const offered = view.offered.filter((entry) => !taken.has(entry.ref));
  const now = new Date();
  const set = (timeline: TimelineEntry[]) => edit({ timeline });
  const at = fromLocalInput(when);
  usePendingInput(pending, 'timeline-entry', () => (text.trim() === '' ? null : at === null ? { stop: 'Give the new timeline entry a time, or clear it.' } : { edits: { timeline: byTime([...draft.timeline, { at, text: text.trim(), ref: null }]) } }));

  return (
    <>
      <p className="step-lead">Facts in order, with times. Pre-filled from your journal around the incident; correct anything that reads wrong.</p>
      {draft.timeline.length === 0 ? (
        <p className="empty-inline">No entries yet — add what happened first, or take one from your journal below.</p>
      ) : (
        <ol className="pm-timeline" aria-label="Timeline">
          {draft.timeline.map((entry, index) => (
            <li key={`${entry.ref ?? 'typed'}-${String(index)}`}>
              <label className="visually-hidden" htmlFor={`${id}-at-${String(index)}`}>
                Time of entry {index + 1}
              </label>
              <input
                id={`${id}-at-${String(index)}`}
                type="datetime-local"
                value={toLocalInput(entry.at)}
                onChange={(event) => {
                  const moved = fromLocalInput(event.target.value);
                  if (moved !== null) set(draft.timeline.map((item, position) => (position === index ? { ...item, at: moved } : item)));
                }}
                onBlur={() => set(byTime(draft.timeline))}
              />
              <label className="visually-hidden" htmlFor={`${id}-text-${String(index)}`}>
                Entry {index + 1}
              </label>
              <input id={`${id}-text-${String(index)}`} type="text" value={entry.text} onChange={(event) => set(draft.timeline.map((item, position) => (position === index ? { ...item, text: event.target.value } : item)))} />
              <button type="button" className="icon" aria-label={`Remove “${entry.text}”`} onClick={() => set(draft.timeline.filter((_item, position) => position !== index))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        className="pm-add-row"
        aria-label="Add a timeline entry"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '' || at === null) return;
          set(byTime([...draft.timeline, { at, text: text.trim(), ref: null }]));
          setText('');
        }}
      >
        <label className="visually-hidden" htmlFor={`${id}-new-at`}>
          Time of the new entry
        </label>
        <input id={`${id}-new-at`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
        <label className="visually-hidden" htmlFor={`${id}-new-text`}>
          What happened then
        </label>
        <input id={`${id}-new-text`} type="text" value={text} placeholder="What happened then, e.g. Rolled back to 4.12.1" onChange={(event) => setText(event.target.value)} />
        <button type="submit" disabled={text.trim() === '' || at === null}>
          Add
        </button>
      </form>
      {offered.length > 0 && (
        <section className="panel pm-offered" aria-labelledby={`${id}-offered`}>
          <h2 id={`${id}-offered`}>More from your journal around then</h2>
          <ul>
            {offered.map((entry) => (
              <li key={entry.ref}>
                <time dateTime={entry.at}>{formatMoment(entry.at, { now, timeZone: view.timeZone })}</time>
                <span>{entry.text}</span>
                <button type="button" onClick={() => set(byTime([...draft.timeline, entry]))}>
                  Add
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
