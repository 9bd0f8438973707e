#!/usr/bin/env node
/**
 * Builds src/catalog/platform-catalog.json, the catalog shipped inside the action, from the shared
 * reference data (../shared/reference relative to the repository root). Deterministic: the same
 * inputs give the same bytes.
 *
 * Usage: node scripts/build-platform-catalog.mjs [--out <file>] [--reference <dir>]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFromData, nameOnlyEntry } from './platform-catalog-fields.mjs';
import { withConflicts } from './platform-catalog-conflicts.mjs';
import { harvestEntries, withHarvestFacts } from './platform-catalog-harvest.mjs';
import { withFundsFacts } from './platform-funds-facts.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOW_TYPE = 'github_com_b3-fun_b3-mono_services_b3os-workflow_internal_pkg_entity.WorkflowType';
const ENUM_ORIGIN = 'WorkflowType enum (b3os-openapi.json)';

// b3os-platform.md §2.5 lists these built-in / logic node types in prose; kept here as data.
const BUILT_IN_LISTS = [
  {
    origin: 'b3os-platform.md §2.5 (guide.ts logic nodes)',
    types: ['if', 'for-each', 'filter', 'pluck', 'delay', 'log', 'code-transform', 'regex', 'wait', 'send-webhook'],
    notes: [],
  },
  {
    origin: 'https://docs.b3os.org/actions/built-in',
    types: ['call-x402-endpoint', 'code-transform', 'convert-from-wei', 'convert-to-wei', 'db-query', 'delay', 'format',
      'list-max', 'list-min', 'log', 'parse-google-sheets-url', 'place-order', 'regex', 'send-webhook',
      'track-position', 'trigger-workflow'],
    notes: ['listed in the built-in catalog table; no reference page with its fields was found'],
  },
  {
    origin: 'https://docs.b3os.org/platform/actions-overview (older docs)',
    types: ['storage', 'org-storage-get', 'org-storage-set', 'org-storage-list', 'deploy-contract', 'verify-contract',
      'x402-endpoint', 'if', 'for-each', 'wait'],
    notes: ['listed only by the older docs (platform/actions-overview); it may no longer exist'],
  },
];
// Platform actions the reference names (b3os-platform.md §2.4 "Real ids", §6 "Pattern D") but
// whose schemas no shipped source holds: known by name, so their nodes are unverified, not unknown.
const NAMED_ACTIONS = {
  origin: 'b3os-platform.md §2.4 (real ids) and §6 (guide.ts Pattern D)',
  types: ['coingecko-get-token-price', 'slack-send-message', 'slack-send-block-kit-message'],
  notes: ['only the name is known: no schema in the shipped sources'],
};

// b3os-platform.md §4.3 [INF]: these built-ins can spend, but no source declares their funds movement.
const MAY_SPEND = new Set(['place-order', 'call-x402-endpoint', 'deploy-contract']);

function parseArgs(argv) {
  const args = { out: join(repoRoot, 'src/catalog/platform-catalog.json'), reference: join(repoRoot, '../shared/reference') };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--out') args.out = resolve(argv[i + 1]);
    else if (argv[i] === '--reference') args.reference = resolve(argv[i + 1]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

function readSource(dir, name) {
  const bytes = readFileSync(join(dir, name));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { data: JSON.parse(bytes.toString('utf8')), from: { file: `../shared/reference/${name}`, sha256 } };
}

const byType = (a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

function triggerEntries(catalog, openapi, harvest, known) {
  const entries = catalog.triggers.map((raw) => entryFromData(raw, 'trigger'));
  for (const entry of entries) known.add(entry.type);
  // The enum's name-only entries come after the harvest's, which know more (a category, a source page).
  entries.push(...harvestEntries(harvest.triggers, ['trigger'], 'trigger', known));
  const enumValues = openapi.components.schemas[WORKFLOW_TYPE].enum;
  for (const type of enumValues) {
    if (!known.has(type)) entries.push(nameOnlyEntry(type, 'trigger', ENUM_ORIGIN, ['only the name is known: no schema in the shipped sources'])), known.add(type);
  }
  for (const entry of entries) {
    if (!enumValues.includes(entry.type)) (entry.notes ??= []).push('not in the WorkflowType enum of the B3OS API');
  }
  return entries.sort(byType);
}

function actionEntries(catalog, harvest, known) {
  const entries = catalog.actions.map((raw) => entryFromData(raw, 'action'));
  for (const entry of entries) known.add(entry.type);
  // The harvest first: it states more of these (a connector, a source page) than the name list.
  entries.push(...harvestEntries(harvest.actions, ['action'], 'action', known));
  for (const type of NAMED_ACTIONS.types) {
    if (!known.has(type)) entries.push(nameOnlyEntry(type, 'action', NAMED_ACTIONS.origin, NAMED_ACTIONS.notes)), known.add(type);
  }
  return withFundsFacts(entries).sort(byType);
}

function logicEntries(catalog, harvest, known) {
  const entries = catalog.logic.map((raw) => entryFromData(raw, 'logic'));
  for (const entry of entries) known.add(entry.type);
  for (const list of BUILT_IN_LISTS) {
    for (const type of list.types) {
      if (known.has(type)) continue;
      known.add(type);
      const spend = MAY_SPEND.has(type) ? ['may spend funds (inferred in b3os-platform.md §4.3; not declared by any source)'] : [];
      entries.push(nameOnlyEntry(type, 'logic', list.origin, [...list.notes, ...spend]));
    }
  }
  entries.push(...harvestEntries(harvest.actions, ['builtin', 'logic'], 'logic', known));
  return withFundsFacts(entries).sort(byType);
}

function build(args) {
  const catalog = readSource(args.reference, 'b3os-catalog.json');
  const openapi = readSource(args.reference, 'b3os-openapi.json');
  const harvest = readSource(args.reference, 'b3os-catalog-harvest.json');
  // One set across the three lists: a type is an action, a trigger or a logic node, never two.
  const known = new Set();
  const lists = {
    triggers: withHarvestFacts(triggerEntries(catalog.data, openapi.data, harvest.data, known), harvest.data),
    actions: withHarvestFacts(actionEntries(catalog.data, harvest.data, known), harvest.data),
    logic: withHarvestFacts(logicEntries(catalog.data, harvest.data, known), harvest.data),
  };
  withConflicts(lists, harvest.data);
  const [actions, triggers, logic] = [lists.actions, lists.triggers, lists.logic].map((list) => list.sort(byType));
  const result = {
    generatedFrom: [
      catalog.from,
      { ...harvest.from, part: 'action, built-in and trigger types the field tables lack (names, categories, connectors, funds flags, payload and result fields); conflicts between sources (aliases, disputed fields and connectors, list kept in scripts/platform-catalog-conflicts.mjs)' },
      { ...openapi.from, part: 'WorkflowType enum' },
      { file: '../shared/reference/b3os-platform.md', part: '§2.5 built-in / logic node types (list kept in scripts/build-platform-catalog.mjs)' },
      { file: '../shared/reference/b3os-platform.md', part: '§2.4 and §6 action ids named without a schema (list kept in scripts/build-platform-catalog.mjs)' },
    ],
    actions,
    triggers,
    logic,
  };
  writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

const built = build(parseArgs(process.argv.slice(2)));
console.log(`platform catalog: ${built.actions.length} actions, ${built.triggers.length} triggers, ${built.logic.length} logic`);
