// Mutation testing with StrykerJS (see docs/testing.md).
//   npm run mutate                          all of src/
//   npm run mutate -- src/core/days.ts      a part: files, folders or globs (one or more)
//   npm run mutate -- src/items/x --force   other options go to `stryker run` as they are
// A part is tested by its own tests, the ones that mirror it under test/ (src/core/days.ts by
// test/core/days.test.ts, src/items/x/ by test/items/x/ and test/items/x.test.ts): the run stays
// short, and a mutant counts as killed only when the part's own tests catch it. Pass
// `--testFiles <globs>` to choose other tests, or `--testFiles 'test/**/*.test.ts'` for all.
// Stryker needs Node ^22.18 or >=24.11: it runs under the Node 24 of the `node24` devDependency
// (the Node the tests run under), or this Node when that is recent enough. The scores per folder
// are printed and written to reports/mutation/scores.txt afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STRYKER = join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');

/** True for a Node version Stryker 10 supports. */
function supported(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major > 24;
}

/** The Node binary to run Stryker with. */
function nodeForStryker() {
  const bundled = join(root, 'node_modules/node24/bin/node');
  if (existsSync(bundled)) return bundled;
  if (supported(process.version)) return process.execPath;
  console.error(`mutation testing needs Node ^22.18 or >=24.11 (this is ${process.version}), and node_modules/node24 is missing: run npm ci`);
  process.exit(2);
}

/** A folder stands for the TypeScript files under it; a file or glob is passed as it is. */
function asPattern(arg) {
  const path = arg.replace(/\/+$/, '');
  return existsSync(join(root, path)) && statSync(join(root, path)).isDirectory() ? `${path}/**/*.ts` : path;
}

const args = process.argv.slice(2);
const parts = [];
const options = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('-')) {
    options.push(args[i]);
    // An option's value (`--concurrency 1`) stays with it.
    if (!args[i].includes('=') && i + 1 < args.length && !args[i + 1].startsWith('-') && !/^src\//.test(args[i + 1])) options.push(args[++i]);
  } else parts.push(asPattern(args[i]));
}
const mutate = parts.length > 0 ? ['--mutate', parts.join(',')] : [];

/** The test files and folders that mirror a part of src/ under test/. */
function mirroredTests(part) {
  const base = part.replace(/\/\*\*\/\*\.ts$/, '').replace(/\.ts$/, '').replace(/^src\//, 'test/');
  const found = [];
  if (existsSync(join(root, base)) && statSync(join(root, base)).isDirectory()) found.push(`${base}/**/*.test.ts`);
  if (existsSync(join(root, `${base}.test.ts`))) found.push(`${base}.test.ts`);
  return found;
}
const tests = parts.flatMap(mirroredTests);
if (parts.length > 0 && !options.some((o) => o.startsWith('--testFiles') || o === '-t')) {
  if (parts.every((part) => mirroredTests(part).length > 0)) options.push('--testFiles', tests.join(','));
  else console.warn('some part has no tests mirroring it under test/: every related test runs');
}

const node = nodeForStryker();
const run = spawnSync(node, [STRYKER, 'run', ...mutate, ...options], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const scores = spawnSync(node, [join(root, 'scripts/mutation-scores.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(scores.status ?? 1);
