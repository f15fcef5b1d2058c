import { Link } from 'wouter';

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${String(rate)} %`;
}

export interface ShareRow {
  key: string;
  /** The class of its colour swatch: "bucket-late", "blocker-raised-late". */
  swatch: string;
  label: string;
  hint?: string;
  count: number;
  rate: number | null;
  /** The list of the records behind the count. */
  href: string;
}

/** Counts and their shares, a row each, every count a link to the records behind it. */
export function SharesTable({ rows, caption, head, total }: { rows: ShareRow[]; caption: string; head: string; total?: { label: string; count: number; href: string } }) {
  return (
    <table className="ledger-table endings">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="number">
            Count
          </th>
          <th scope="col" className="number">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.count === 0 ? 'zero' : undefined}>
            <th scope="row">
              <span className={`swatch ${row.swatch}`} aria-hidden="true" />
              <span className="bucket-name">{row.label}</span>
              {row.hint && <span className="bucket-hint">{row.hint}</span>}
            </th>
            <td className="number">
              <Link href={row.href} aria-label={`${String(row.count)} ${row.label.toLocaleLowerCase()}: show them`}>
                {row.count}
              </Link>
            </td>
            <td className="number">{percent(row.rate)}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">{total.label}</th>
            <td className="number">
              <Link href={total.href} aria-label={`${String(total.count)} decided: show them`}>
                {total.count}
              </Link>
            </td>
            <td className="number">{total.count === 0 ? '—' : '100 %'}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
