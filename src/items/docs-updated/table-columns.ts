import type { PageCell, PageRow, PageTable } from '../../docs/page.js';

/**
 * Header names accepted for each column of a schema or glance table, compared as `headerText`
 * normalises them: lowercase, without emphasis, backticks, surrounding space or a trailing `?`,
 * `.` or `:` (so `Required?`, `**Req.**` and `Type:` are read).
 */
export const COLUMN_NAMES = {
  field: ['field', 'name', 'property', 'parameter', 'key'],
  type: ['type', 'types', 'data type', 'schema type'],
  required: ['required', 'req', 'mandatory'],
  connector: ['connector'],
  gas: ['requires gas', 'gas'],
  funds: ['funds movement', 'funds'],
} as const;

/** A column the docs rules look up by header. */
export type ColumnName = keyof typeof COLUMN_NAMES;

/** The index of a column in a table, by its header text; -1 when absent. */
export function columnIndex(table: PageTable, column: ColumnName): number {
  const names: readonly string[] = COLUMN_NAMES[column];
  return table.header.cells.findIndex((cell) => names.includes(headerText(cell.text)));
}

/** A header cell's text as the column names are written. */
export function headerText(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s*[?.:]$/, '');
}

/** The cell of a row in a column, when both exist. */
export function cellAt(row: PageRow, index: number): PageCell | undefined {
  return index < 0 ? undefined : row.cells[index];
}

/** A field name as written in a table cell: a link unwrapped, backticks, `*` and a trailing `?` removed. */
export function fieldNameOf(cell: PageCell): string {
  const text = cell.text.trim();
  const linked = /^\[([^\]]*)\]\([^)]*\)$/.exec(text)?.[1] ?? text;
  return linked.replace(/[`*]/g, '').replace(/\?$/, '').trim();
}
