import { useEffect, useRef, useState, type ReactNode } from 'react';

/** One column of a DataTable: its header, how a row fills its cell, and optionally its total. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row: a <th scope="row">, so screen readers announce it with each cell. */
  rowHeader?: boolean;
  /** Read out but not shown (e.g. the header over row actions). */
  hiddenHeader?: boolean;
  /** Classes on the header and every cell ('num' right-aligns figures). */
  className?: string;
  headerClassName?: string;
  cellClassName?: string;
  /** The column's cell in the totals row; the first column's is its row header. */
  footer?: ReactNode;
}

interface TableProps<T> {
  rows: T[];
  /** Columns that are `false` are left out, so a column can be shown on a condition inline. */
  columns: Array<Column<T> | false>;
  rowClassName?: (row: T) => string | undefined;
  /** Names the table; hidden unless `showCaption` (a visible heading usually says it already). */
  caption?: string;
  showCaption?: boolean;
  /** Or: the id of the heading that names the table. */
  labelledBy?: string;
  variant?: 'zebra' | 'compact';
  /** Extra classes on the <table>. */
  className?: string;
  /** Adds a totals row from the columns' `footer`. */
  showFooter?: boolean;
  /** Shown above the table inside its scroll box (e.g. a note on a mark used in the rows). */
  note?: ReactNode;
}

/** Rows with an `id` are keyed by it; others must say what keys them. */
type RowKey<T> = T extends { id: string | number } ? { rowKey?: (row: T) => string | number } : { rowKey: (row: T) => string | number };

type Props<T> = TableProps<T> & RowKey<T>;

const classes = (...names: Array<string | undefined | false>) => names.filter(Boolean).join(' ') || undefined;

/** Whether the box's content is wider than the box, kept up to date as either changes size. */
function useScrolls(box: React.RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    check();
    return () => observer.disconnect();
  }, [box]);
  return scrolls;
}

/**
 * A DKFDS table in a horizontal scroll box, with real column and row headers: the one way the
 * app shows rows of figures or records.
 */
export function DataTable<T>(props: Props<T>) {
  const { rows, columns, rowClassName, caption, showCaption, labelledBy, variant = 'zebra', className, showFooter, note } = props;
  const rowKey: (row: T) => string | number = props.rowKey ?? ((row) => (row as { id: string | number }).id);
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const scrollBox = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(scrollBox);
  return (
    // A box that scrolls must be reachable by keyboard (WCAG 2.1.1): focusable only while it does.
    <div className="table-scroll" ref={scrollBox} tabIndex={scrolls ? 0 : undefined}>
      {note}
      <table className={classes('table', `table--${variant}`, className)} aria-labelledby={labelledBy}>
        {caption && <caption className={showCaption ? undefined : 'sr-only'}>{caption}</caption>}
        <thead>
          <tr>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={classes(c.className, c.headerClassName)}>
                {c.hiddenHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {shown.map((c, i) => {
                const cls = classes(c.className, c.cellClassName);
                return c.rowHeader ? (
                  <th key={i} scope="row" className={cls}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={cls}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {showFooter && (
          <tfoot>
            <tr>
              {shown.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c.footer}
                  </th>
                ) : (
                  <td key={i} className={classes(c.className, c.cellClassName)}>
                    {c.footer}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
