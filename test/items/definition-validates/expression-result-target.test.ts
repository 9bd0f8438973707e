import { describe, expect, it } from 'vitest';
import { expressionResultPath } from '../../../src/items/definition-validates/expression-result-path.js';
import { checkRuleTable, type ExpectedFinding } from '../../support/rule-harness.js';
import { at } from '../templates-portable/fixtures.js';
import { BASE, CATALOG, WF, fileText, logging, nodesWith, type NodeSpec } from './expression-fixture.js';

const RULE = 'definition-validates/expression-result-path';

const closed = (properties: Record<string, object>) => ({ type: 'object', properties, required: [], additionalProperties: false });
const strings = (names: string[]) => Object.fromEntries(names.map((n) => [n, { type: 'string' }]));
const EIGHT = ['alpha', 'beta', 'carbs', 'carts', 'delta', 'echo', 'fox', 'golf'];

/** The fixture's catalog with result schemas of every shape a missing path can meet. */
const RESULTS_CATALOG = (() => {
  const catalog = JSON.parse(CATALOG) as { actions: object[] };
  const action = (type: string, resultSchema: object, payloadSchema: object | null = closed({})) => ({ type, name: type, ...(payloadSchema ? { payloadSchema } : {}), resultSchema });
  catalog.actions.push(
    action('get-price', { type: 'number' }),
    action('get-flag', { type: ['string', 'null', 'integer'] }),
    action('list-eight', closed(strings(EIGHT))),
    action('list-nine', closed(strings([...EIGHT, 'hotel']))),
    action('get-none', closed({})),
    // Only a name and a result: the pinned catalog calls it name-only.
    action('get-named', closed({ ok: { type: 'boolean' } }), null),
    action('send-batch', closed({ maybe: { type: ['string', 'null'] }, anything: {} }), closed({ batch: closed({ items: { type: 'array' } }), amount: { type: ['number', 'boolean'] }, label: { type: 'string' } })),
  );
  return JSON.stringify(catalog);
})();

/** A repository with the catalog above and the workflow of `nodes`. */
const repo = (nodes: Record<string, NodeSpec>) => ({ '.b3os/catalog.json': RESULTS_CATALOG, [WF]: fileText(nodes) });

/** BASE with `n` (a node of `type`, line 9) between read and report, and report (line 10) logging `message`. */
const after = (type: string | undefined, message: string, extra: NodeSpec = {}) =>
  repo(nodesWith({ read: { ...BASE.read, children: ['n'] }, n: { ...(type ? { type } : {}), payload: {}, children: ['report'], ...extra }, report: logging(message) }));

/** The finding expected at `needle` in the workflow of `files`. */
const finding = (files: Record<string, string>, needle: string, details: Omit<ExpectedFinding, 'file' | 'line' | 'column'>): ExpectedFinding => ({ ...at(files[WF], needle, WF), ...details });

const cases: { name: string; files: Record<string, string>; needle?: string; details?: Omit<ExpectedFinding, 'file' | 'line' | 'column'> }[] = [
  { name: 'the result of a node read whole', files: after('get-price', '{{n.result}}') },
  {
    name: 'into a scalar result',
    files: after('get-price', '{{n.result.usd}}'),
    needle: '{{n.result.usd}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{n\.result\.usd\}\}` but the result of `n` \(`get-price`\) is a number; it has no `usd`$/, hint: /^read `n\.result` itself$/ },
  },
  {
    name: 'into a result of several scalar types',
    files: after('get-flag', '{{n.result.on}}'),
    needle: '{{n.result.on}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{n\.result\.on\}\}` but the result of `n` \(`get-flag`\) is null or a number or a string; it has no `on`$/, hint: /^read `n\.result` itself$/ },
  },
  {
    name: 'into a scalar deep in the result',
    files: after(undefined, '{{read.result.holders.0.address.x}}'),
    needle: '{{read.result.holders.0.address.x}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{read\.result\.holders\.0\.address\.x\}\}` but `holders\.0\.address` is a string; it has no `x`$/, hint: /^read `holders\.0\.address` itself, or another field of the result$/ },
  },
  {
    name: 'a member name into an array: not certain',
    files: after(undefined, '{{read.result.holders.first}}'),
    needle: '{{read.result.holders.first}}',
    details: { severity: 'warning', message: /^node `report` reads `\{\{read\.result\.holders\.first\}\}` but `holders\.first` is not in the known \(partial\) result schema of `read` \(`get-balance`\)$/ },
  },
  {
    name: 'eight fields: all listed, the nearest suggested',
    files: after('list-eight', '{{n.result.cart}}'),
    needle: '{{n.result.cart}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{n\.result\.cart\}\}` but the result of `n` \(`list-eight`\) has no `cart`; did you mean `carts`\?$/, hint: /^read one of `alpha`, `beta`, `carbs`, `carts`, `delta`, `echo`, `fox`, `golf`$/ },
  },
  {
    name: 'nine fields: eight listed, far from all: no suggestion',
    files: after('list-nine', '{{n.result.zulu}}'),
    needle: '{{n.result.zulu}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{n\.result\.zulu\}\}` but the result of `n` \(`list-nine`\) has no `zulu`$/, hint: /^read one of `alpha`, `beta`, `carbs`, `carts`, `delta`, `echo`, `fox`, `golf`, …$/ },
  },
  {
    name: 'a closed result without fields',
    files: after('get-none', '{{n.result.id}}'),
    needle: '{{n.result.id}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{n\.result\.id\}\}` but the result of `n` \(`get-none`\) has no `id`$/, hint: /^read a field the result schema declares$/ },
  },
  {
    name: 'a partial shipped schema: a warning, with the known fields',
    files: after('coinglass-indicator-get-cgdi-index', '{{n.result.dataPoint}}'),
    needle: '{{n.result.dataPoint}}',
    details: {
      severity: 'warning',
      message: /^node `report` reads `\{\{n\.result\.dataPoint\}\}` but `dataPoint` is not in the known \(partial\) result schema of `n` \(`coinglass-indicator-get-cgdi-index`\); did you mean `dataPoints`\?$/,
      hint: /^check the name against the action's documentation \(known fields: `dataPoints`\), or pin the full result schema with `b3os-readiness catalog pull`$/,
    },
  },
  {
    name: 'an own result schema without fields, on a node without type',
    files: after(undefined, '{{n.result.receipt}}', { resultSchema: { type: 'object', properties: {} } }),
    needle: '{{n.result.receipt}}',
    details: {
      severity: 'warning',
      message: /^node `report` reads `\{\{n\.result\.receipt\}\}` but `receipt` is not in the known \(partial\) result schema of `n`$/,
      hint: /^check the name against the action's documentation, or pin the full result schema with `b3os-readiness catalog pull`$/,
    },
  },
  { name: 'a name-only type: its result schema is not checked', files: after('get-named', '{{n.result.okay}}') },
  { name: 'a type no catalog knows: nothing to check', files: after('acme-unknown', '{{n.result.anything}}') },
  {
    name: 'two triggers: `$trigger` is not known in advance',
    files: { ...repo({}), [WF]: fileText({ root: { ...BASE.root, children: ['report'] }, t2: { ...BASE.root, children: ['report'] }, report: logging('{{$trigger.bdy}}') }).replace('["root"]', '["root", "t2"]') },
  },
  { name: 'a node that does not exist: left to expression-scope', files: after('get-price', '{{gone.result.bdy}}') },
  {
    name: '`root` is the lone trigger, whatever its id',
    files: { ...repo({}), [WF]: fileText({ start: { ...BASE.root, children: ['report'] }, report: logging('{{root.result.bdy}}') }).replace('["root"]', '["start"]') },
    needle: '{{root.result.bdy}}',
    details: { severity: 'error', message: /^node `report` reads `\{\{root\.result\.bdy\}\}` but the result of `start` \(`manual`\) has no `bdy`; did you mean `body`\?$/ },
  },
];

/** read (8) → n (10, `send-batch`) → report (9), which gets `payload`. */
const batch = (report: NodeSpec) => repo(nodesWith({ read: { ...BASE.read, children: ['n'] }, n: { type: 'send-batch', payload: {}, children: ['report'] }, report }));

const typeCases: typeof cases = [
  { name: 'a number where a string is expected: the registry coerces it', files: repo(nodesWith({ report: logging('{{read.result.decimals}}') })) },
  { name: 'a string where a number or a boolean is expected: coerced', files: batch({ type: 'send-batch', payload: { amount: '{{read.result.balance}}' } }) },
  { name: 'a string or null where a string is expected', files: batch({ type: 'send-batch', payload: { label: '{{n.result.maybe}}' } }) },
  { name: 'a result field of no stated type', files: batch({ type: 'send-batch', payload: { amount: '{{n.result.anything}}' } }) },
  { name: 'the payload of a type no catalog knows', files: batch({ type: 'acme-unknown', payload: { amount: '{{read.result.holders}}' } }) },
  { name: 'a connector member named like a payload field', files: batch({ type: 'slack-send-message', payload: { conversation: 'C01', text: 'hi' }, connector: { type: 'slack', text: '{{read.result.holders}}' } }) },
  { name: 'an array inside a longer string: not typed', files: repo(nodesWith({ report: logging('Holders: {{read.result.holders}}') })) },
  { name: 'an array before more text: not typed', files: repo(nodesWith({ report: logging('{{read.result.holders}} held') })) },
  { name: 'an array with a fallback: not typed', files: repo(nodesWith({ report: logging('{{read.result.holders || 0}}') })) },
  { name: 'two arrays in one string: not typed', files: repo(nodesWith({ report: logging('{{read.result.holders}}{{read.result.holders}}') })) },
  {
    name: 'an array where a string is expected',
    files: repo(nodesWith({ report: logging('{{read.result.holders}}') })),
    needle: '{{read.result.holders}}',
    details: { severity: 'warning', message: /^node `report` passes `\{\{read\.result\.holders\}\}` \(array\) to `message`, which expects string$/ },
  },
  {
    name: 'a number where an array is expected',
    files: repo(nodesWith({ report: { type: 'for-each', payload: { array: '{{read.result.decimals}}' } } })),
    needle: '{{read.result.decimals}}',
    details: {
      severity: 'warning',
      message: /^node `report` passes `\{\{read\.result\.decimals\}\}` \(number\) to `array`, which expects array$/,
      hint: /^convert the value first \(for example with a `code-transform` node\), or read a field of type array$/,
    },
  },
  { name: 'an object where a number is expected', files: repo(nodesWith({ report: { type: 'delay', payload: { delayMs: '{{read.result.meta}}' } } })), needle: '{{read.result.meta}}', details: { severity: 'warning', message: /\(object\) to `delayMs`, which expects number$/ } },
  {
    name: 'a string or null where an array is expected, deep in the payload',
    files: batch({ type: 'send-batch', payload: { batch: { items: '{{n.result.maybe}}' } } }),
    needle: '{{n.result.maybe}}',
    details: { severity: 'warning', message: /^node `report` passes `\{\{n\.result\.maybe\}\}` \(null or string\) to `batch\.items`, which expects array$/ },
  },
];

const tableOf = (list: typeof cases) => list.map(({ name, files, needle, details }) => ({ name, files, expected: needle && details ? [finding(files, needle, details)] : [] }));

describe(`${RULE}: the result a reference reads`, () => {
  it('says what is missing from which result, and what to read instead', () =>
    checkRuleTable(RULE, tableOf(cases)));

  it('says which type a whole expression has and which the field expects', () => checkRuleTable(RULE, tableOf(typeCases)));

  it('says what it checks in its one-line description', () =>
    expect(expressionResultPath.meta.description).toBe('every result path an expression reads exists in the known result schema and fits the field'));
});
