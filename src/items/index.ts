import type { ItemDefinition } from '../core/rule.js';
import { apiKeysScoped } from './api-keys-scoped/index.js';
import { connectorsScoped } from './connectors-scoped/index.js';
import { credentialsInConnectors } from './credentials-in-connectors/index.js';
import { definitionValidates } from './definition-validates/index.js';
import { docsUpdated } from './docs-updated/index.js';
import { pending } from './pending.js';
import { publicContract } from './public-contract/index.js';
import { walletActionsBounded } from './wallet-actions-bounded/index.js';
import { walletsDedicated } from './wallets-dedicated/index.js';

/** The eleven items in checklist order, each with its rules: the single source for docs and tests. */
export const ITEMS: readonly ItemDefinition[] = [
  definitionValidates,
  connectorsScoped,
  walletActionsBounded,
  pending('failure-paths-observable', 'Failure paths are observable', 'required', ['workflow', 'manifest', 'environment', 'runbook']),
  docsUpdated,
  apiKeysScoped,
  credentialsInConnectors,
  walletsDedicated,
  pending('webhooks-verified', 'Webhooks are verified', 'policy', ['workflow', 'environment', 'openapi']),
  pending('templates-portable', 'Templates are portable', 'policy', ['template']),
  publicContract,
];
