// Formats the benchmark's rows as a compact plain-text table.

const COLUMNS = [
  { title: 'scenario', get: (r) => r.scenario },
  { title: 'files', get: (r) => r.files, right: true },
  { title: 'median ms', get: (r) => r.ms, right: true },
  { title: 'peak RSS MB', get: (r) => r.rss, right: true },
  { title: 'exit', get: (r) => r.exit },
  { title: 'target (threats.md (c) 6)', get: (r) => r.target },
  { title: 'ok', get: (r) => (r.ok === undefined ? '' : r.ok ? '✓' : '✗') },
  { title: 'note', get: (r) => r.note ?? '' },
];

/** A number rounded for display; a leading `+` marks a difference from the baseline. */
export function figure(value, { delta = false, digits = 0 } = {}) {
  if (!Number.isFinite(value)) return 'n/a';
  const rounded = Number(value.toFixed(digits)) || 0; // `|| 0` turns -0 into 0
  const text = rounded.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return delta && rounded >= 0 ? `+${text}` : text;
}

/**
 * Renders rows ({ scenario, files, ms, rss, exit, target, ok?: boolean, note? }, display strings
 * already formatted) as aligned columns; a row `{ section: 'title' }` prints a divider line.
 */
export function renderTable(rows) {
  const cells = rows.map((row) => (row.section ? null : COLUMNS.map((c) => String(c.get(row)))));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.filter(Boolean).map((line) => line[i].length)));
  const line = (values) => values.map((v, i) => (COLUMNS[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(COLUMNS.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w)))];
  rows.forEach((row, i) => out.push(row.section ? `-- ${row.section}` : line(cells[i])));
  return out.join('\n') + '\n';
}
