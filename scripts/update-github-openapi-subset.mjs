#!/usr/bin/env node
/**
 * Regenerates `test/fixtures/github/openapi-subset.json`: the operations the gate calls, cut out of
 * GitHub's official REST description (`@octokit/openapi`, pinned below) together with every
 * `components` entry they reach through `$ref`, so the local test server validates against the
 * real contract without the 13 MB file or the network at test time.
 *
 * Usage: node scripts/update-github-openapi-subset.mjs   (needs the npm registry; run by hand)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi';
const VERSION = '23.0.2';
const SOURCE_FILE = 'package/generated/api.github.com.json';
const OPERATIONS = [
  'pulls/list-files',
  'pulls/get',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'checks/create',
  'checks/update',
  'repos/get-content',
  'users/get-authenticated',
  'apps/get-authenticated',
  'pulls/list-reviews',
  'teams/get-membership-for-user-in-org',
];
const REQUIRED = OPERATIONS.slice(0, 6);
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(root, 'test/fixtures/github/openapi-subset.json');

function loadOfficialDescription() {
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  try {
    const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', tarball, SOURCE_FILE], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, SOURCE_FILE), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function selectOperations(spec) {
  const paths = {};
  const found = new Set();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !OPERATIONS.includes(operation.operationId)) continue;
      paths[path] ??= item.parameters ? { parameters: item.parameters } : {};
      paths[path][method] = operation;
      found.add(operation.operationId);
    }
  }
  const missingRequired = REQUIRED.filter((id) => !found.has(id));
  if (missingRequired.length > 0) throw new Error(`operations missing: ${missingRequired.join(', ')}`);
  return { paths, found };
}

function decodePointer(ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref.slice(2).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walks the selected paths and everything they reference; returns the reached `components`. */
function collectComponents(spec, paths) {
  const components = {};
  const seen = new Set();
  const queue = [paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !seen.has(value)) {
          seen.add(value);
          const [top, section, name, ...rest] = decodePointer(value);
          if (top !== 'components' || rest.length > 0) throw new Error(`unexpected $ref: ${value}`);
          const target = spec.components[section]?.[name];
          if (target === undefined) throw new Error(`dangling $ref: ${value}`);
          (components[section] ??= {})[name] = target;
          queue.push(target);
        } else queue.push(value);
      }
    }
  }
  return sortComponents(components);
}

function sortComponents(components) {
  const sorted = {};
  for (const section of Object.keys(components).sort()) {
    sorted[section] = Object.fromEntries(
      Object.entries(components[section]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  return sorted;
}

function main() {
  const spec = loadOfficialDescription();
  const { paths, found } = selectOperations(spec);
  const skipped = OPERATIONS.filter((id) => !found.has(id));
  const subset = {
    openapi: spec.openapi,
    info: spec.info,
    'x-subset-of': {
      package: PACKAGE,
      version: VERSION,
      file: SOURCE_FILE.replace(/^package\//, ''),
      operations: OPERATIONS.filter((id) => found.has(id)),
      skipped,
    },
    paths,
    components: collectComponents(spec, paths),
  };
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, `${JSON.stringify(subset, null, 2)}\n`);
  const counts = Object.entries(subset.components).map(([section, entries]) => `${section}=${Object.keys(entries).length}`);
  console.log(`wrote ${outputPath}: ${found.size} operations (${counts.join(', ')})${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`);
}

main();
