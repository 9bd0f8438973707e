import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDescriptions } from '../../src/items/descriptions.js';
import { ITEMS } from '../../src/items/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('ruleDescriptions', () => {
  it('describes every item, its pending rule and each of its rules', () => {
    const descriptions = ruleDescriptions();
    expect(descriptions.get('definition-validates')).toBe('Definition validates');
    expect(descriptions.get('docs-updated/pending')).toBe('Docs are updated: a change of a kind this item does not check yet');
    for (const item of ITEMS) for (const rule of item.rules) expect(descriptions.get(rule.meta.id)).toBe(rule.meta.description);
    expect(descriptions.get('configuration/paths')).toMatch(/^a configured path setting matches no file/);
    expect(descriptions.get('gate/engine-stopped')).toMatch(/^the check passed its deadline, ran out of its heap or crashed/);
    const gate = [...descriptions.keys()].filter((id) => id.startsWith('configuration/'));
    expect(gate).toEqual(['configuration/invalid', 'configuration/paths', 'configuration/near-miss', 'configuration/duplicate-definition', 'configuration/waiver', 'configuration/waiver-secret']);
    // The gate's own rules have pages too, like every item rule (test/meta/rules-docs.test.ts).
    for (const id of gate) expect(readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8').split('\n')[0]).toBe(`# ${id}`);
    expect(descriptions.size).toBe(gate.length + 1 + ITEMS.length * 2 + ITEMS.reduce((n, item) => n + item.rules.length, 0));
  });
});
