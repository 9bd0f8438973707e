import type { ItemDefinition } from '../core/rule.js';
import { apiKeysScoped } from './api-keys-scoped/index.js';
import { connectorsScoped } from './connectors-scoped/index.js';
import { credentialsInConnectors } from './credentials-in-connectors/index.js';
import { definitionValidates } from './definition-validates/index.js';
import { docsUpdated } from './docs-updated/index.js';
import { failurePathsObservable } from './failure-paths-observable/index.js';
import { pending } from './pending.js';
import { publicContract } from './public-contract/index.js';
import { templatesPortable } from './templates-portable/index.js';
import { walletActionsBounded } from './wallet-actions-bounded/index.js';
import { walletsDedicated } from './wallets-dedicated/index.js';
import { webhooksVerified } from './webhooks-verified/index.js';

/** The eleven items in checklist order, each with its rules: the single source for docs and tests. */
export const ITEMS: readonly ItemDefinition[] = [
  definitionValidates,
  connectorsScoped,
  walletActionsBounded,
  failurePathsObservable,
  docsUpdated,
  apiKeysScoped,
  credentialsInConnectors,
  walletsDedicated,
  webhooksVerified,
  templatesPortable,
  publicContract,
];
