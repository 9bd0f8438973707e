// "Findings unchanged": the JSON reports of the bench scenarios, recorded before a change, must come
// out the same after it. golden.json keeps a SHA-256 of each full-size scenario's normalised report.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GOLDEN = fileURLToPath(new URL('./golden.json', import.meta.url));

/**
 * The report `text` (`--format json`) with what legitimately varies from run to run taken out: the
 * temporary folders it ran in (`dirs`, written `<repo>`). The report holds no clock time, date or
 * duration, and commits are made with fixed dates, so nothing else varies. Undefined when `text`
 * is not a JSON report (a crash).
 */
export function normaliseReport(text, dirs = []) {
  let out = text;
  for (const dir of dirs) out = out.split(dir).join('<repo>');
  try {
    return Array.isArray(JSON.parse(out).items) ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The digest kept in golden.json. The fail-on setting a report echoes at its end came after the
 * digests were recorded: a setting, not a finding, so it is left out.
 */
export const digestOf = (text) => createHash('sha256').update(text.replace(/,\n  "failOn": "(?:error|warning)"\n}(\s*)$/, '\n}$1')).digest('hex');

/** The recorded digests by scenario key ({} when none were recorded). */
export function readGolden() {
  return existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, 'utf8')).reports : {};
}

/** Records `digests` (scenario key → digest), keeping the other keys. */
export function recordGolden(digests, commit) {
  const reports = { ...readGolden(), ...digests };
  const note = 'SHA-256 of the normalised `--format json` report of each bench scenario (bench/golden.mjs); `npm run bench -- --record` rewrites it';
  writeFileSync(GOLDEN, JSON.stringify({ note, commit, reports: Object.fromEntries(Object.entries(reports).sort()) }, null, 2) + '\n');
}
