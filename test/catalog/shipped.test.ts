import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../../src/catalog/shipped.js';
import type { CatalogEntry } from '../../src/catalog/types.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const referenceDir = resolve(repoRoot, '../shared/reference');
const committed = join(repoRoot, 'src/catalog/platform-catalog.json');
const entries = shippedEntries();
const byType = new Map(entries.map((entry) => [entry.type, entry]));

function entry(type: string): CatalogEntry {
  const found = byType.get(type);
  if (!found) throw new Error(`no shipped entry ${type}`);
  return found;
}

describe('shipped catalog', () => {
  it('has send-erc20-token with a closed payload schema and a partial result schema', () => {
    const send = entry('send-erc20-token');
    expect(send).toMatchObject({
      kind: 'action',
      source: 'shipped',
      origin: 'shipped:https://docs.b3os.org/actions/reference/generated/send-erc20-token',
      documentationUrl: 'https://docs.b3os.org/actions/reference/generated/send-erc20-token',
      schemaCompleteness: 'complete',
      connector: { type: 'wallet' },
      requiresGas: true,
      fundsMovement: 'send',
      payloadSchema: {
        type: 'object',
        required: ['tokenAddress', 'recipientAddress', 'amount', 'chainId'],
        additionalProperties: false,
      },
    });
    expect(send.resultSchema).toMatchObject({ type: 'object', required: ['status', 'transactionHash'] });
    expect(send.resultSchema).not.toHaveProperty('additionalProperties');
    expect(send.notes).toContain('result table truncated in the stored page excerpt; more fields may exist');
    expect(send.notes).toContain('result fields with no stated required flag: chainId');
  });

  it('maps the page type text onto JSON Schema types', () => {
    const chart = entry('coingecko-get-market-chart').payloadSchema as { properties: Record<string, object> };
    expect(chart.properties.days).toMatchObject({ type: ['number', 'string'] });
    expect(chart.properties.precision).toMatchObject({ type: 'number', minimum: 0, maximum: 18 });
    const wait = entry('wait').payloadSchema as { properties: Record<string, object> };
    expect(wait.properties.timeoutMs).toMatchObject({ type: 'number', minimum: 1000, maximum: 604800000 });
    const regex = entry('regex').payloadSchema as { properties: Record<string, object> };
    expect(regex.properties.pattern).toMatchObject({ type: 'string', maxLength: 1024 });
    expect(regex.properties.global).toMatchObject({ type: 'boolean', default: false });
  });

  it('marks a truncated payload table partial, open and noted, and omits an unseen result schema', () => {
    const relay = entry('relay-swap');
    expect(relay.schemaCompleteness).toBe('partial');
    expect(relay.payloadSchema).not.toHaveProperty('additionalProperties');
    expect(relay.resultSchema).toBeUndefined();
    expect(relay.notes).toEqual(
      expect.arrayContaining([
        'payload table truncated in the stored page excerpt; more fields may exist',
        'result table not seen: page excerpt ends before Result Schema',
      ]),
    );
  });

  it('keeps cronjob with the field names known from guide.ts, typed as unknown', () => {
    const cron = entry('cronjob');
    expect(cron).toMatchObject({ kind: 'trigger', schemaCompleteness: 'partial' });
    expect(cron.payloadSchema).toEqual({ type: 'object', properties: { rrule: { description: expect.any(String) } } });
    expect(cron.notes).toContain('payload fields with no stated type: rrule');
  });

  it.skipIf(!existsSync(referenceDir))('has every WorkflowType enum value as a trigger', () => {
    const enumValues = workflowTypeEnum();
    expect(enumValues.length).toBe(57);
    for (const type of enumValues) expect(entry(type).kind, type).toBe('trigger');
  });

  it('adds enum triggers without a page as name-only entries', () => {
    for (const type of ['anyspend', 'manual', 'x-new-tweet', 'situation-fired']) expect(entry(type).kind).toBe('trigger');
    expect(entry('anyspend')).toMatchObject({
      schemaCompleteness: 'name-only',
      origin: 'shipped:WorkflowType enum (b3os-openapi.json)',
    });
    expect(entry('anyspend').payloadSchema).toBeUndefined();
  });

  it.each(['if', 'for-each', 'wait', 'log', 'delay', 'code-transform', 'send-webhook', 'filter', 'place-order'])(
    'has %s as a logic entry',
    (type) => {
      expect(entry(type).kind).toBe('logic');
    },
  );

  it('lists types once and sorted within each kind', () => {
    const file = JSON.parse(readFileSync(committed, 'utf8')) as Record<'actions' | 'triggers' | 'logic', { type: string }[]>;
    for (const list of [file.actions, file.triggers, file.logic]) {
      const types = list.map((e) => e.type);
      expect(types).toEqual([...types].sort());
      expect(new Set(types).size).toBe(types.length);
    }
    expect(new Set(entries.map((e) => e.type)).size).toBe(entries.length);
  });

  it.skipIf(!existsSync(referenceDir))('regenerates to identical bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'platform-catalog-'));
    try {
      const out = join(dir, 'platform-catalog.json');
      execFileSync(process.execPath, [join(repoRoot, 'scripts/build-platform-catalog.mjs'), '--out', out], { stdio: 'pipe' });
      expect(readFileSync(out).equals(readFileSync(committed))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function workflowTypeEnum(): string[] {
  const openapi = JSON.parse(readFileSync(join(referenceDir, 'b3os-openapi.json'), 'utf8')) as {
    components: { schemas: Record<string, { enum?: string[] }> };
  };
  const key = Object.keys(openapi.components.schemas).find((name) => name.endsWith('.WorkflowType'));
  return openapi.components.schemas[key!].enum ?? [];
}
