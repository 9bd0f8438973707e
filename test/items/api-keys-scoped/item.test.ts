import { describe, expect, it } from 'vitest';
import { apiKeysScoped } from '../../../src/items/api-keys-scoped/index.js';

describe('api-keys-scoped', () => {
  it('is the policy item "API keys are scoped", reading every file, with its five rules in order', () => {
    expect(apiKeysScoped).toMatchObject({ id: 'api-keys-scoped', title: 'API keys are scoped', group: 'policy', readsEveryFile: true });
    expect(apiKeysScoped.rules.map((r) => r.meta.id)).toEqual([
      'api-keys-scoped/b3os-key',
      'api-keys-scoped/service-key',
      'api-keys-scoped/key-inventory',
      'api-keys-scoped/key-rotation',
      'api-keys-scoped/unscanned-file',
    ]);
  });

  it('describes each rule in one line that starts in lower case and ends without a period', () => {
    for (const rule of apiKeysScoped.rules) expect(rule.meta.description, rule.meta.id).toMatch(/^[a-z][^\n]{20,}[^.]$/);
  });
});
