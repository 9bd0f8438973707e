import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ITEMS } from '../../src/items/index.js';
import { SECRET_FINDING_RULES } from '../../src/secrets/kinds.js';

describe('SECRET_FINDING_RULES', () => {
  it('lists every rule whose findings are marked `secret: true`, and no other', async () => {
    const ids = ITEMS.flatMap((item) => item.rules.map((rule) => rule.meta.id));
    expect([...SECRET_FINDING_RULES].sort()).toEqual([
      'api-keys-scoped/b3os-key',
      'api-keys-scoped/service-key',
      'credentials-in-connectors/keyed-url',
      'credentials-in-connectors/mnemonic',
      'credentials-in-connectors/private-key',
      'credentials-in-connectors/provider-token',
      'credentials-in-connectors/webhook-secret',
      'templates-portable/secret',
    ]);
    for (const id of SECRET_FINDING_RULES) expect(ids).toContain(id);
    // The files that set `secret: true` are the value rules' factory and the template scan.
    expect(await readFile('src/items/templates-portable/secret.ts', 'utf8')).toContain("id: 'templates-portable/secret'");
  });
});
