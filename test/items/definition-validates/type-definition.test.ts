import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import { allChanged, memorySnapshot } from '../../support/memory-snapshot.js';
import { typeDefinition } from '../../../src/items/definition-validates/type-definition.js';
import { SDK_PRESET } from './sdk-fixtures.js';
import { auditFiles, checkRuleTable, findingsOf, type RuleCase } from '../../support/rule-harness.js';

const RULE = 'definition-validates/type-definition';
const ACTION = 'actions/acme-ping/action.json';
const TRIGGER = 'triggers/acme-paid/trigger.json';
const SDK = 'packages/sdk/actions/acme-feed';
const CATALOG = '.b3os/catalog.json';

const definition = (fields: Record<string, unknown> = {}) =>
  `${JSON.stringify({ type: 'acme-ping', name: 'Acme ping', payloadSchema: { type: 'object' }, resultSchema: { type: 'object' }, ...fields }, null, 2)}\n`;
const sdkSchema = (payload = "{ type: 'object', properties: {} }") =>
  `import { helper } from './helper';\n\nexport const payloadSchema = ${payload};\nexport const resultSchema = { type: 'object' };\n`;
const catalog = (actions: unknown[]) => `${JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions, logicActions: [], triggers: [] }, null, 2)}\n`;
const PINNED = { type: 'acme-send', name: 'Acme send', payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } };

const CASES: RuleCase[] = [
  { name: 'a good action.json', files: { [ACTION]: definition() }, expected: [] },
  { name: 'a good SDK action whose schema uses a top-level const', files: { [`${SDK}/schema.ts`]: sdkSchema('base') .replace('import', "const base = { type: 'object' } as const;\nimport") }, expected: [] },
  { name: 'a good pinned catalog', files: { [CATALOG]: catalog([PINNED]) }, expected: [] },
  {
    name: 'type differs from the folder: at type',
    files: { [ACTION]: definition({ type: 'acme-pong' }) },
    expected: [{ severity: 'error', file: ACTION, line: 2, column: 11, message: /^type `acme-pong` does not match its folder id `acme-ping`$/, hint: /^give the action an id of 3–50 characters of a-z, 0-9 and single hyphens, equal to its folder name$/ }],
  },
  {
    name: 'id breaks the SDK rule',
    files: { 'actions/acme--ping/action.json': definition({ type: 'acme--ping' }) },
    expected: [{ severity: 'error', file: 'actions/acme--ping/action.json', line: 2, column: 11, message: /^`acme--ping` breaks the SDK id rule/ }],
  },
  {
    name: 'a schema that is not an object: at the field',
    files: { [ACTION]: definition({ payloadSchema: 5 }) },
    expected: [{ severity: 'error', file: ACTION, line: 4, column: 20, message: /^`payloadSchema` must be object/, hint: /^write the field as the B3OS action definition has it \(the body of `GET \/v1\/actions\/\{type\}`\)$/ }],
  },
  {
    name: 'a trigger.json without type',
    files: { [TRIGGER]: JSON.stringify({ name: 'Acme paid' }) },
    expected: [{ severity: 'error', file: TRIGGER, line: 1, column: 1, message: /missing `type`; set it to its folder id `acme-paid`/, hint: /^give the trigger an id of 3–50 characters/ }],
  },
  {
    name: 'an SDK schema built by a call: unverified, at the call',
    files: { [`${SDK}/schema.ts`]: sdkSchema('helper()') },
    expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 3, column: 30, message: /^`payloadSchema` in .* is not a static literal at 3:30: it uses a call to `helper\(\)`$/ }],
  },
  {
    name: 'an SDK folder whose id breaks the rule: at the folder',
    files: { 'packages/sdk/actions/ab/schema.ts': sdkSchema() },
    expected: [{ severity: 'error', file: 'packages/sdk/actions/ab/schema.ts', line: 1, column: 1, message: /^`ab` breaks the SDK id rule/ }],
  },
  {
    name: 'a repository action that takes a platform action id: at its type',
    files: { 'actions/send-erc20-token/action.json': definition({ type: 'send-erc20-token' }) },
    expected: [
      {
        severity: 'error',
        file: 'actions/send-erc20-token/action.json',
        line: 2,
        column: 11,
        message: /^`send-erc20-token` is a platform action \(the catalog shipped with b3os-readiness\); a repository definition of it would replace the platform's schema for every workflow$/,
        hint: /^give your action or trigger an id of its own; platform types are pinned with `b3os-readiness catalog pull`$/,
      },
    ],
  },
  {
    name: 'a repository trigger that takes a platform trigger id: at its type',
    files: { 'triggers/cronjob/trigger.json': definition({ type: 'cronjob' }) },
    expected: [{ severity: 'error', file: 'triggers/cronjob/trigger.json', line: 2, column: 11, message: /^`cronjob` is a platform trigger \(the catalog shipped with b3os-readiness\);/ }],
  },
  { name: 'in the SDK repository, a platform action id is its own', files: { ...SDK_PRESET, 'actions/send-erc20-token/action.json': definition({ type: 'send-erc20-token' }) }, expected: [] },
  {
    name: 'an SDK schema.ts that does not parse: at the error',
    files: { [`${SDK}/schema.ts`]: 'export const payloadSchema = { type: ;\n' },
    expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 1, column: 38, message: /schema\.ts does not parse: Unexpected token/ }],
  },
  {
    name: 'a pinned entry repeated: at its type',
    files: { [CATALOG]: catalog([PINNED, PINNED]) },
    expected: [{ severity: 'error', file: CATALOG, line: 16, column: 15, message: /^type `acme-send` is already defined at \/actions\/0$/, hint: /^regenerate the file with `b3os-readiness catalog pull`$/ }],
  },
];

const USES_PING = JSON.stringify({ name: 'Ping', description: 'Pings.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['ping'] }, ping: { type: 'acme-ping', payload: {} } } } }, null, 2);

describe(RULE, () => {
  it('leaves the nodes of a definition that does not parse unverified, not of an unknown type', async () => {
    const report = await auditFiles({ [ACTION]: '{ "type": "acme-ping", ', 'workflows/ping/workflow.json': USES_PING });
    expect(findingsOf(report, 'definition-validates/unknown-node-type')).toEqual([]);
    const [unverified] = findingsOf(report, 'definition-validates/schema-unknown');
    expect(unverified).toMatchObject({ unverified: true, hint: `fix \`${ACTION}\` first: it does not parse`, location: { file: 'workflows/ping/workflow.json' } });
    expect(findingsOf(report, 'definition-validates/syntax').map((f) => f.location?.file)).toEqual([ACTION]);
  });

  it('table', () => checkRuleTable(RULE, CASES));

  it('marks a schema it cannot read statically as unverified, and a wrong one as an error', async () => {
    const [unread] = findingsOf(await auditFiles(CASES[7].files), RULE);
    expect(unread.unverified).toBe(true);
    expect(unread.hint).toMatch(/object literal/);
    const [wrong] = findingsOf(await auditFiles(CASES[3].files), RULE);
    expect(wrong.unverified).toBeUndefined();
    expect(wrong.severity).toBe('error');
    const [syntax] = findingsOf(await auditFiles(CASES.find((c) => c.name.startsWith('an SDK schema.ts that does not parse'))!.files), RULE);
    expect(syntax.hint).toBe('fix the TypeScript syntax at the position given');
    const [notObject] = findingsOf(await auditFiles({ [ACTION]: '"str"\n' }), RULE);
    expect([notObject.message, notObject.hint]).toEqual([`${ACTION} must hold a JSON object`, 'write the action definition as one JSON object with `type`, `name`, `payloadSchema` and `resultSchema`']);
  });

  it('reports a pinned catalog whose entries change while fetchedAt does not (a hand edit)', async () => {
    const pinned = (pattern: boolean, fetchedAt = '2026-11-20T09:00:00Z') =>
      `${JSON.stringify({ source: 'https://api.b3os.org', fetchedAt, actions: [{ ...PINNED, payloadSchema: { type: 'object', properties: { amount: pattern ? { type: 'string', pattern: '^[0-9]+$' } : { type: 'string' } } } }], logicActions: [], triggers: [] }, null, 2)}\n`;
    const run = (head: string) =>
      runGate({ head: memorySnapshot({ [CATALOG]: head }), base: memorySnapshot({ [CATALOG]: pinned(true) }, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: CATALOG, status: 'modified' }] }, today: '2026-11-25' });
    const [edited] = findingsOf(await run(pinned(false)), RULE);
    expect(edited).toMatchObject({ location: { file: CATALOG, line: 3, column: 16 }, message: expect.stringMatching(/^the pinned catalog changes `acme-send` but keeps `fetchedAt`/) });
    expect(findingsOf(await run(pinned(false, '2026-11-25T09:00:00Z')), RULE)).toEqual([]);
  });

  it('reports a hand edit once, naming the changed entries in order, and only in a diff with a base that had the file', async () => {
    const OTHER = { ...PINNED, type: 'acme-alpha' };
    const KEPT = { ...PINNED, type: 'acme-kept' };
    const text = (actions: unknown[], extra: Record<string, unknown> = { fetchedAt: '2026-11-20T09:00:00Z' }) =>
      `${JSON.stringify({ source: 'https://api.b3os.org', ...extra, actions, logicActions: [], triggers: [] }, null, 2)}\n`;
    const loose = (entry: typeof PINNED) => ({ ...entry, payloadSchema: { type: 'object', additionalProperties: true } });
    const diff = (base: Record<string, string> | undefined, head: string) =>
      runGate({ head: memorySnapshot({ [CATALOG]: head }), base: base && memorySnapshot(base, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: CATALOG, status: base?.[CATALOG] ? 'modified' : 'added' }] }, today: '2026-11-25' });
    const [base, head] = [text([PINNED, KEPT, OTHER]), text([loose(PINNED), KEPT, loose(OTHER)])];
    const found = findingsOf(await diff({ [CATALOG]: base }, head), RULE);
    expect(found.map((f) => [f.location?.line, f.location?.column, f.message, f.hint])).toEqual([
      [
        3,
        16,
        'the pinned catalog changes `acme-alpha`, `acme-send` but keeps `fetchedAt`: pinned schemas come from the platform, not from hand edits',
        'pull the catalog again with `b3os-readiness catalog pull` (it sets `fetchedAt`), or give your own action an id of its own',
      ],
    ]);
    const [undated] = findingsOf(await diff({ [CATALOG]: text([PINNED], {}) }, text([loose(PINNED)], {})), RULE);
    expect([undated.location?.line, undated.location?.column]).toEqual([1, 1]);
    expect(findingsOf(await diff({ [CATALOG]: base }, text([PINNED, KEPT, OTHER], { fetchedAt: '2026-11-20T09:00:00Z', source: 'https://eu.api.b3os.org' })), RULE)).toEqual([]);
    expect(findingsOf(await diff({ 'README.md': '# Acme\n' }, head), RULE)).toEqual([]);
    expect(findingsOf(await diff(undefined, head), RULE)).toEqual([]);
    const whole = await runGate({ head: memorySnapshot({ [CATALOG]: head }), base: memorySnapshot({ [CATALOG]: base }, 'BASE'), changes: allChanged({ [CATALOG]: head }), today: '2026-11-25' });
    expect(findingsOf(whole, RULE)).toEqual([]);
  });
});

describe(`${RULE}: meta`, () => {
  it('says what it checks in its one-line description', () =>
    expect(typeDefinition.meta.description).toBe('every action and trigger definition and the pinned catalog read as data: right shape, id rule, static literals'));
});
