// Formats the benchmark's rows as compact plain-text tables.

/** A number rounded for display; a leading `+` marks a difference from a baseline. */
export function figure(value, { delta = false, digits = 0 } = {}) {
  if (!Number.isFinite(value)) return 'n/a';
  const rounded = Number(value.toFixed(digits)) || 0; // `|| 0` turns -0 into 0
  const text = rounded.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return delta && rounded >= 0 ? `+${text}` : text;
}

/** A ratio for display: `9.4×`. */
export const ratio = (value) => (Number.isFinite(value) ? `${figure(value, { digits: value < 10 ? 2 : 1 })}×` : 'n/a');

/** ✓, ✗ or nothing for a target that was met, missed or not set. */
export const mark = (ok) => (ok === undefined ? '' : ok ? '✓' : '✗');

/**
 * Renders rows (display strings already formatted) in `columns` ({ title, get(row), right? }),
 * aligned; a row `{ section: 'title' }` prints a divider line.
 */
export function renderTable(rows, columns) {
  const cells = rows.map((row) => (row.section ? null : columns.map((c) => String(c.get(row) ?? ''))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.filter(Boolean).map((line) => line[i].length)));
  const line = (values) => values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w)))];
  rows.forEach((row, i) => out.push(row.section ? `-- ${row.section}` : line(cells[i])));
  return out.join('\n') + '\n';
}
