import { secretValueRule } from '../../secrets/secret-rule.js';

/** A B3OS API key (`b3sk_…`) in a file. */
export const b3osKey = secretValueRule(
  'api-keys-scoped/b3os-key',
  'a B3OS API key (`b3sk_…`) sits in a file',
  'the secret store of the one service that uses it (a GitHub Actions secret, a secret manager), inventoried under `apiKeys`',
);
