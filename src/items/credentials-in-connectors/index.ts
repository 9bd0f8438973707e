import type { ItemDefinition } from '../../core/rule.js';
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
  concerns: ['workflow', 'manifest', 'template', 'environment', 'action', 'trigger', 'docs', 'openapi', 'runbook', 'catalog', 'changelog', 'config'],
  readsEveryFile: true,
  rules: [privateKey, mnemonic, providerToken, keyedUrl, webhookSecret, unscannedFile],
};
