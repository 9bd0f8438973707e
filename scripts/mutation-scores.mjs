// Prints the mutation score per folder of src/ from Stryker's JSON report, and writes it to
// reports/mutation/scores.txt. Score = detected / (detected + undetected), as Stryker counts it:
// killed and timed-out mutants are detected; survived and uncovered ones are not; ignored mutants
// and mutants that do not compile or crash at load are left out.
//   node scripts/mutation-scores.mjs [report.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = process.argv[2] ?? join(root, 'reports/mutation/mutation.json');
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
/** Bars a folder's score is held to (docs/testing.md). */
const BARS = { 'src/items': 85, 'src/core': 85, 'src/render': 85, src: 75 };

/** Every TypeScript file under a folder, repository-relative. */
function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []);
}

const files = Object.entries(report.files).map(([name, file]) => [relative(root, join(root, name)).replaceAll('\\', '/'), file]);

/** Counts of one folder (or the whole of src/). */
function tally(folder) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0, files: 0 };
  for (const [name, file] of files) {
    if (!name.startsWith(`${folder}/`)) continue;
    t.files++;
    for (const m of file.mutants) {
      if (m.status === 'Killed') t.killed++;
      else if (m.status === 'Timeout') t.timeout++;
      else if (m.status === 'Survived') t.survived++;
      else if (m.status === 'NoCoverage') t.noCoverage++;
      else t.other++;
    }
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, score: valid === 0 ? null : (100 * detected) / valid, total: sources(folder).length };
}

const folders = ['src', 'src/items', 'src/core', 'src/render',
  ...readdirSync(join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory() && !['items', 'core', 'render'].includes(e.name)).map((e) => `src/${e.name}`).sort(),
  ...readdirSync(join(root, 'src/items'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/items/${e.name}`).sort()];

const rows = folders.map((folder) => [folder, tally(folder)]).filter(([folder, t]) => t.files > 0 || folder in BARS);
const pad = (s, n) => String(s).padEnd(n);
const lines = [
  `Mutation score per folder (${reportPath === join(root, 'reports/mutation/mutation.json') ? 'reports/mutation/mutation.json' : reportPath}; files measured of files present)`,
  `${pad('folder', 46)}${pad('score', 9)}${pad('bar', 6)}${pad('killed', 8)}${pad('timeout', 9)}${pad('survived', 10)}${pad('no cov.', 9)}files`,
  ...rows.map(([folder, t]) => {
    const bar = BARS[folder];
    const score = t.score === null ? 'n/a' : `${t.score.toFixed(2)}`;
    const mark = bar === undefined || t.score === null ? '' : t.score >= bar ? ' ok' : ' BELOW';
    return `${pad(folder === 'src' ? 'src (overall)' : `${folder}/`, 46)}${pad(score, 9)}${pad(bar ?? '', 6)}${pad(t.killed, 8)}${pad(t.timeout, 9)}${pad(t.survived, 10)}${pad(t.noCoverage, 9)}${t.files}/${t.total}${mark}`;
  }),
];
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
writeFileSync(join(dirname(reportPath), 'scores.txt'), text);
