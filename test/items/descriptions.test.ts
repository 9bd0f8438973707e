import { describe, expect, it } from 'vitest';
import { ruleDescriptions } from '../../src/items/descriptions.js';
import { ITEMS } from '../../src/items/index.js';

describe('ruleDescriptions', () => {
  it('describes every item, its pending rule and each of its rules', () => {
    const descriptions = ruleDescriptions();
    expect(descriptions.get('definition-validates')).toBe('Definition validates');
    expect(descriptions.get('docs-updated/pending')).toBe('Docs are updated: a change of a kind this item does not check yet');
    for (const item of ITEMS) for (const rule of item.rules) expect(descriptions.get(rule.meta.id)).toBe(rule.meta.description);
    expect(descriptions.get('configuration/paths')).toMatch(/^a configured path setting matches no file/);
    expect(descriptions.size).toBe(4 + ITEMS.length * 2 + ITEMS.reduce((n, item) => n + item.rules.length, 0));
  });
});
