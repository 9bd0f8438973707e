import type { ItemDefinition } from '../../core/rule.js';
import { OBJECT_KINDS } from '../../core/types.js';
import { keyedUrl } from './keyed-url.js';
import { mnemonic } from './mnemonic.js';
import { privateKey } from './private-key.js';
import { providerToken } from './provider-token.js';
import { unscannedFile } from './unscanned-file.js';
import { webhookSecret } from './webhook-secret.js';

/** Policy: no credential in any file of the repository; credentials live in connectors and wallets. */
export const credentialsInConnectors: ItemDefinition = {
  id: 'credentials-in-connectors',
  title: 'Credentials live in connectors',
  group: 'policy',
  // Every kind the gate models, and (`readsEveryFile`) every other text file.
  concerns: OBJECT_KINDS,
  readsEveryFile: true,
  rules: [privateKey, mnemonic, providerToken, keyedUrl, webhookSecret, unscannedFile],
};
