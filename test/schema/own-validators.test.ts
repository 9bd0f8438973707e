import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createTrustedAjv } from '../../src/schema/ajv.js';
import * as generated from '../../src/schema/generated/own-validators.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const CATALOG_ID = 'https://b3os-readiness.dev/schemas/pinned-catalog.schema.json';
const SCHEMA_FILES = ['config', 'workflow', 'workflow-manifest', 'environment', 'template', 'pinned-catalog'];

function readRepo(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

const schemas = SCHEMA_FILES.map((file) => JSON.parse(readRepo(`schemas/${file}.schema.json`)) as { $id: string });

/** Each generated validator, the schema id it was compiled from, and files that hold valid values. */
const CASES = [
  { name: 'config', id: schemas[0].$id, samples: ['examples/acme-b3os/.github/b3os-readiness.yml'] },
  { name: 'workflow', id: schemas[1].$id, samples: ['examples/acme-b3os/workflows/vendor-payout/workflow.json', 'examples/acme-b3os/workflows/eth-price-alert/workflow.json'] },
  { name: 'manifest', id: schemas[2].$id, samples: ['examples/acme-b3os/workflows/vendor-payout/b3os.yaml', 'examples/acme-b3os/workflows/treasury-sweep/b3os.yaml'] },
  { name: 'environment', id: schemas[3].$id, samples: ['examples/acme-b3os/environments/prod.yaml'] },
  { name: 'template', id: schemas[4].$id, samples: ['examples/acme-b3os/templates/low-balance-alert/template.json'] },
  { name: 'pinnedFile', id: CATALOG_ID, samples: ['examples/acme-b3os/.b3os/catalog.json'] },
  { name: 'actionFields', id: `${CATALOG_ID}#/$defs/actionFields`, samples: [] },
  { name: 'triggerFields', id: `${CATALOG_ID}#/$defs/triggerFields`, samples: [] },
] as const;

/** The value with each member (at the top and one level down) replaced, one at a time, by wrong values. */
function mutations(value: unknown): unknown[] {
  const wrong = [null, 12345, -1, 'x', '', [], {}, [1, 'a'], { unknownKey: true }, 'not a uri', '2026-13-99'];
  const out: unknown[] = [null, 42, 'text', [], {}, { unknownKey: 1 }];
  const replaceIn = (target: Record<string, unknown>, rebuild: (changed: Record<string, unknown>) => unknown) => {
    for (const key of Object.keys(target)) {
      for (const replacement of wrong) out.push(rebuild({ ...target, [key]: replacement }));
      out.push(rebuild(Object.fromEntries(Object.entries(target).filter(([k]) => k !== key))));
    }
  };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const top = value as Record<string, unknown>;
    replaceIn(top, (changed) => changed);
    for (const [key, child] of Object.entries(top)) {
      const inner = Array.isArray(child) ? child[0] : child;
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        replaceIn(inner as Record<string, unknown>, (changed) => ({ ...top, [key]: Array.isArray(child) ? [changed, ...child.slice(1)] : changed }));
      }
    }
  }
  return out;
}

function sampleValue(path: string): unknown {
  return path.endsWith('.json') ? JSON.parse(readRepo(path)) : parse(readRepo(path));
}

describe('the own schemas compiled at build time', () => {
  it('are what scripts/build-validators.mjs generates from the schemas today', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'own-validators-')), 'own-validators.js');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build-validators.mjs'), '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readRepo('src/schema/generated/own-validators.js'));
  });

  it('report the same errors, paths and data as the schemas compiled at run time', () => {
    const ajv = createTrustedAjv();
    for (const schema of schemas) ajv.addSchema(schema);
    const catalog = sampleValue('examples/acme-b3os/.b3os/catalog.json') as { actions: unknown[]; triggers?: unknown[] };
    let invalid = 0;
    for (const { name, id, samples } of CASES) {
      const runtime = ajv.getSchema(id)!;
      const standalone = generated[name];
      const values = name === 'actionFields' ? [catalog.actions[0]] : name === 'triggerFields' ? [catalog.triggers?.[0] ?? {}] : samples.map(sampleValue);
      for (const value of values.flatMap((v) => [v, ...mutations(v)])) {
        const valid = runtime(value);
        expect(standalone(value), name).toBe(valid);
        if (!valid) invalid++;
        expect(standalone.errors ?? null, name).toEqual(runtime.errors ?? null);
      }
    }
    expect(invalid).toBeGreaterThan(300);
  });
});
