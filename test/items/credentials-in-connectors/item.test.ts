import { describe, expect, it } from 'vitest';
import { credentialsInConnectors } from '../../../src/items/credentials-in-connectors/index.js';

describe('credentials-in-connectors', () => {
  it('is the policy item "Credentials live in connectors", reading every file, with its six rules in order', () => {
    expect(credentialsInConnectors).toMatchObject({ id: 'credentials-in-connectors', title: 'Credentials live in connectors', group: 'policy', readsEveryFile: true });
    expect(credentialsInConnectors.rules.map((r) => r.meta.id)).toEqual([
      'credentials-in-connectors/private-key',
      'credentials-in-connectors/mnemonic',
      'credentials-in-connectors/provider-token',
      'credentials-in-connectors/keyed-url',
      'credentials-in-connectors/webhook-secret',
      'credentials-in-connectors/unscanned-file',
    ]);
  });

  it('describes each rule in one line that starts in lower case and ends without a period', () => {
    for (const rule of credentialsInConnectors.rules) expect(rule.meta.description, rule.meta.id).toMatch(/^[a-z][^\n]{20,}[^.]$/);
  });
});
