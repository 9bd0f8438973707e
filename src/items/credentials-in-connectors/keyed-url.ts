import { secretValueRule } from '../../secrets/secret-rule.js';

/** A URL that carries a credential: an RPC provider key, a password, a key in the query. */
export const keyedUrl = secretValueRule(
  'credentials-in-connectors/keyed-url',
  'a URL carries a credential: an RPC provider key (Infura, Alchemy, QuickNode, Ankr, …), a password (`user:pass@host`) or a key in its query',
  'a B3OS connector or the secret store of the service that calls the URL',
);
