import { secretValueRule } from '../../secrets/secret-rule.js';

/** An EVM private key (64 hex under a key name), a Solana secret key or a PEM private key in a file. */
export const privateKey = secretValueRule(
  'credentials-in-connectors/private-key',
  'an EVM private key under a key name, a Solana secret key or a PEM private key sits in a file; a published test key is a warning',
  'a B3OS organization wallet (signing happens in B3OS, never with a key in the repository)',
);
