import { useState, type ReactNode } from 'react';
import { formatCount } from '../model/format';

interface DataTableProps {
  summary: string;
  caption: string;
  columns: string[];
  rowCount: number;
  /** The cells of row i; called only while the table is open, for the rows shown. */
  row: (i: number) => ReactNode[];
  /** Rows beyond this are left out, with a note (the CSV has them all). */
  limit?: number;
  note?: ReactNode;
}

/**
 * A chart's text alternative: a real table, folded in a <details>. Rows are built only when
 * it is open, so a closed table costs nothing while sliders move.
 */
export function DataTable({ summary, caption, columns, rowCount, row, limit = 200, note }: DataTableProps) {
  const [open, setOpen] = useState(false);
  const shown = Math.min(rowCount, limit);
  return (
    <details className="data-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <>
          <div className="data-table__scroll" tabIndex={0} role="region" aria-label={caption}>
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: shown }, (_, i) => (
                  <tr key={i}>
                    {row(i).map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rowCount > limit && (
            <p className="data-table__note">
              Showing the first {limit} of {formatCount(rowCount)} rows.
            </p>
          )}
          {note}
        </>
      )}
    </details>
  );
}
