import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_CASES, MANIFEST_CASES, WORKFLOW_CASES, type BadCase } from './bad-cases.js';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`, and both
// packages also export themselves as `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const ROOT = new URL('../../', import.meta.url);
const EXAMPLE = new URL('examples/acme-b3os/', ROOT);
const FIXTURES = new URL('test/fixtures/schemas/', ROOT);
const NAMES = ['workflow', 'workflow-manifest', 'environment', 'template'] as const;
type SchemaName = (typeof NAMES)[number];

const text = (base: URL, path: string) => readFileSync(new URL(path, base), 'utf8');
const json = (base: URL, path: string): unknown => JSON.parse(text(base, path));
const yaml = (base: URL, path: string): unknown => parseYaml(text(base, path));
const schemaOf = (name: SchemaName) => json(ROOT, `schemas/${name}.schema.json`) as Record<string, unknown>;
const idOf = (name: SchemaName) => `https://b3os-readiness.dev/schemas/${name}.schema.json`;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const name of NAMES) ajv.addSchema(schemaOf(name));
const validatorOf = (ref: string): ValidateFunction => {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema ${ref}`);
  return validate;
};

function expectValid(name: SchemaName, value: unknown): void {
  const validate = validatorOf(idOf(name));
  validate(value);
  expect(validate.errors ?? []).toEqual([]);
}

/** Folders of the example repository below `dir`. */
function slugsIn(dir: string): string[] {
  return readdirSync(new URL(dir, EXAMPLE), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** The definition hash of formats.md: SHA-256 of canonical JSON (keys sorted at every level, no whitespace). */
function definitionHash(definition: unknown): string {
  const canonical = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object') {
      const entries = Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`);
      return `{${entries.join(',')}}`;
    }
    return JSON.stringify(v);
  };
  return `sha256:${createHash('sha256').update(canonical(definition), 'utf8').digest('hex')}`;
}

describe('schemas compile under ajv 2020 strict mode', () => {
  it.each(NAMES)('%s has the published $id and compiles', (name) => {
    expect(schemaOf(name).$id).toBe(idOf(name));
    expect(typeof validatorOf(idOf(name))).toBe('function');
  });

  it.each(NAMES)('%s describes every property', (name) => {
    const schema = schemaOf(name);
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, prop] of Object.entries(properties ?? {})) {
        if (typeof prop !== 'object' || prop === null) continue;
        const ref = (prop as { $ref?: string }).$ref;
        const target = ref ? defs[ref.replace('#/$defs/', '')] : undefined;
        if (!('description' in prop) && !(target && 'description' in target)) undescribed.push(`${path}/${key}`);
      }
      // `if` holds conditions on properties defined elsewhere, not property definitions.
      for (const [key, child] of Object.entries(node)) if (key !== 'if') visit(child, `${path}/${key}`);
    };
    visit(schema, '');
    expect(undescribed).toEqual([]);
  });
});

describe('the examples of formats.md and b3os-platform.md validate', () => {
  it('the create-workflow body of b3os-platform.md §2.7', () => expectValid('workflow', json(FIXTURES, 'platform-workflow.json')));
  it('the create-template body of b3os-platform.md §9', () => expectValid('template', json(FIXTURES, 'platform-template.json')));
  it('the b3os.yaml manifest', () => expectValid('workflow-manifest', yaml(FIXTURES, 'formats-manifest.yaml')));
  it('the environment inventory', () => expectValid('environment', yaml(FIXTURES, 'formats-environment.yaml')));
});

describe('every file of examples/acme-b3os validates', () => {
  it.each(slugsIn('workflows'))('workflows/%s/workflow.json and b3os.yaml', (slug) => {
    expectValid('workflow', json(EXAMPLE, `workflows/${slug}/workflow.json`));
    expectValid('workflow-manifest', yaml(EXAMPLE, `workflows/${slug}/b3os.yaml`));
  });

  it('environments/prod.yaml', () => expectValid('environment', yaml(EXAMPLE, 'environments/prod.yaml')));

  it.each(slugsIn('templates'))('templates/%s/template.json', (slug) => expectValid('template', json(EXAMPLE, `templates/${slug}/template.json`)));

  it('the template definition has the workflow definition shape', () => {
    const template = json(EXAMPLE, 'templates/low-balance-alert/template.json') as { definition: unknown };
    const validate = validatorOf(`${idOf('workflow')}#/$defs/definition`);
    validate(template.definition);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the vendor-payout evidence hashes the current definition', () => {
    const { definition } = json(EXAMPLE, 'workflows/vendor-payout/workflow.json') as { definition: unknown };
    const manifest = yaml(EXAMPLE, 'workflows/vendor-payout/b3os.yaml') as { evidence: Array<{ definitionHash: string }> };
    expect(manifest.evidence.map((e) => e.definitionHash)).toEqual([definitionHash(definition), definitionHash(definition)]);
  });

  it('Solana addresses are accepted for tokens, recipients and wallets', () => {
    const usdcMint = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
    const funds = { chains: [792703809], tokens: [usdcMint], recipients: ['9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM'], maxAmount: '1000000' };
    expectValid('workflow-manifest', { environment: 'prod', owner: '@acme/treasury', nodes: { pay_sol: { funds } } });
    expectValid('environment', { orgId: 'org_acme', wallets: [{ id: 'wal_sol_ops', address: usdcMint, purpose: 'operational' }] });
  });
});

function expectError(name: SchemaName, bad: BadCase): void {
  const validate = validatorOf(idOf(name));
  expect(validate(bad.value)).toBe(false);
  const errors = (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword }));
  expect(errors).toContainEqual({ instancePath: bad.instancePath, keyword: bad.keyword });
}

describe('bad documents fail at the expected place', () => {
  it.each(WORKFLOW_CASES)('workflow: $name → $instancePath $keyword', (bad) => expectError('workflow', bad));
  it.each(MANIFEST_CASES)('manifest: $name → $instancePath $keyword', (bad) => expectError('workflow-manifest', bad));
  it.each(ENVIRONMENT_CASES)('environment: $name → $instancePath $keyword', (bad) => expectError('environment', bad));
});
