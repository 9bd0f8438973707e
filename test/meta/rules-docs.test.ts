import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/types.js';
import { ITEMS } from '../../src/items/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const rules = ITEMS.flatMap((item) => item.rules.map((rule) => ({ item: item.id, rule })));

describe('the registry', () => {
  it('holds the eleven items in checklist order', () => {
    expect(ITEMS.map((i) => i.id)).toEqual([...ITEM_IDS]);
  });

  it.each(rules.map((r) => [r.rule.meta.id, r]))('%s is named after its item and its file', (_id, { item, rule }) => {
    const [itemPart, rulePart] = rule.meta.id.split('/');
    expect(itemPart).toBe(item);
    expect(rulePart).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(existsSync(join(ROOT, 'src/items', item, `${rulePart}.ts`))).toBe(true);
  });

  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rule documentation', () => {
  it.each(rules.map((r) => [r.rule.meta.id]))('docs/rules/%s.md has the required sections', (id) => {
    const path = join(ROOT, 'docs/rules', `${id}.md`);
    expect(existsSync(path), path).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    for (const section of ['## Rationale', '## How to fix', '## Examples', '### Failing', '### Passing']) expect(text, `${id}: ${section}`).toContain(section);
  });

  it('the rules index links every rule page', () => {
    const index = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8');
    for (const { rule } of rules) expect(index, rule.meta.id).toContain(`${rule.meta.id}.md`);
  });
});
