import { useId, useState } from 'react';
import type { BragCategory } from '../../../shared/domain/brag.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { useJournalCommand } from '../../journal-query.ts';

interface Row {
  id?: string | undefined;
  name: string;
  /** Keywords as the user types them: separated by commas. */
  keywords: string;
  /** Identifies the row on screen while it has no id yet. */
  key: string;
}

const rowsOf = (categories: BragCategory[]): Row[] => categories.map((category) => ({ id: category.id, name: category.name, keywords: category.keywords.join(', '), key: category.id }));

/**
 * The brag doc's categories: their names, order and keywords. The first category with a
 * keyword that starts a word of an item's title takes it; what no keyword places goes to the
 * first one. Items moved by hand stay where they were put.
 */
export function CategoryEditor({ categories }: { categories: BragCategory[] }) {
  const [rows, setRows] = useState(() => rowsOf(categories));
  const [added, setAdded] = useState(0);
  const save = useJournalCommand('ownlog:brag-categories-save');
  const { announce } = useCommitmentActions();
  const id = useId();
  const change = (index: number, part: Partial<Row>) => setRows((current) => current.map((row, other) => (other === index ? { ...row, ...part } : row)));
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  return (
    <form
      className="category-editor"
      aria-label="Categories"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            categories: rows.map((row) => ({
              ...(row.id === undefined ? {} : { id: row.id }),
              name: row.name,
              keywords: row.keywords.split(',').map((keyword) => keyword.trim()).filter(Boolean),
            })),
          },
          { onSuccess: () => announce('Categories saved.') },
        );
      }}
    >
      <p className="field-hint">Order is priority: an item goes under the first category with a keyword that starts a word of its title. What no keyword places goes under the first category.</p>
      <ol className="category-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="field-row">
            <div className="field field-narrow category-name">
              <label htmlFor={`${id}-name-${row.key}`}>Category {index + 1}</label>
              <input id={`${id}-name-${row.key}`} type="text" value={row.name} onChange={(event) => change(index, { name: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-keywords-${row.key}`}>Keywords, separated by commas</label>
              <input id={`${id}-keywords-${row.key}`} type="text" value={row.keywords} placeholder={index === 0 ? 'none: it takes what the others do not' : 'review, mentor, pair'} onChange={(event) => change(index, { keywords: event.target.value })} />
            </div>
            <div className="category-buttons">
              <button type="button" className="icon" aria-label={`Move ${row.name || 'this category'} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button type="button" className="icon" aria-label={`Move ${row.name || 'this category'} down`} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                ↓
              </button>
              <button type="button" className="icon" aria-label={`Remove ${row.name || 'this category'}`} disabled={rows.length === 1} onClick={() => setRows((current) => current.filter((_row, other) => other !== index))}>
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="form-error" role="alert">
        {save.error?.message}
      </p>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setAdded((count) => count + 1);
            setRows((current) => [...current, { name: '', keywords: '', key: `new-${String(added)}` }]);
          }}
        >
          Add a category
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          Save categories
        </button>
      </div>
    </form>
  );
}
