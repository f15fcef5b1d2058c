import { useId, type Ref } from 'react';
import { isFiltered } from '../../shared/loops/filter.ts';
import type { LoopFilter } from '../../shared/loops/open-loops.ts';

interface FilterBarProps {
  filter: LoopFilter;
  onFilter: (filter: LoopFilter) => void;
  people: string[];
  sources: string[];
  searchRef: Ref<HTMLInputElement>;
  onLeave: () => void;
}

/** Narrows Open loops by words, by the person promised to, and by where it was promised. */
export function FilterBar({ filter, onFilter, people, sources, searchRef, onLeave }: FilterBarProps) {
  const id = useId();
  const active = isFiltered(filter);
  return (
    <div className="filters" role="search">
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        Search open loops
      </label>
      <input
        id={`${id}-text`}
        ref={searchRef}
        type="search"
        placeholder="Search (f)"
        value={filter.text ?? ''}
        onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === 'Enter') {
            event.preventDefault();
            onLeave();
          }
        }}
      />
      <label className="visually-hidden" htmlFor={`${id}-person`}>
        Promised to
      </label>
      <select id={`${id}-person`} value={filter.person ?? ''} onChange={(event) => onFilter({ ...filter, person: event.target.value })}>
        <option value="">Anyone</option>
        {people.map((person) => (
          <option key={person} value={person}>
            to {person}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-source`}>
        Source
      </label>
      <select id={`${id}-source`} value={filter.source ?? ''} onChange={(event) => onFilter({ ...filter, source: event.target.value })}>
        <option value="">Any source</option>
        {sources.map((source) => (
          <option key={source} value={source}>
            #{source}
          </option>
        ))}
      </select>
      {active && (
        <button type="button" className="link" onClick={() => onFilter({})}>
          Clear
        </button>
      )}
    </div>
  );
}
