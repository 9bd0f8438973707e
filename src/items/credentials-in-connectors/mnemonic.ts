import { secretValueRule } from '../../secrets/secret-rule.js';

/** A BIP-39 mnemonic (12 to 24 English list words, checksum verified) in a file. */
export const mnemonic = secretValueRule(
  'credentials-in-connectors/mnemonic',
  'a BIP-39 mnemonic (12 to 24 words of the English list with a valid checksum) sits in a file; a published test mnemonic is a warning',
  'a B3OS organization wallet or a hardware wallet, never in the repository',
);
