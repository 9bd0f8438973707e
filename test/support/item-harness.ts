import { expect } from 'vitest';
import type { ItemDefinition } from '../../src/core/rule.js';
import type { Severity } from '../../src/core/types.js';

/** What a case states of an item: its heading fields, and its rules in order as `[rule id, severity]`. */
export interface ExpectedItem extends Partial<Omit<ItemDefinition, 'rules'>> {
  readonly rules: ReadonlyArray<readonly [string, Severity]>;
}

/**
 * Checks an item's definition: the stated fields, its rules in order with their severities, and
 * a description for each rule in one line that starts in lower case and ends without a period.
 */
export function checkItem(item: ItemDefinition, expected: ExpectedItem): void {
  const { rules, ...fields } = expected;
  expect(item).toMatchObject(fields);
  expect(item.rules.map((r) => [r.meta.id, r.meta.severity])).toEqual(rules);
  for (const rule of item.rules) expect(rule.meta.description, rule.meta.id).toMatch(/^[a-z][^\n]{20,}[^.]$/);
}
