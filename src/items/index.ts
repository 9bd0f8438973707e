import type { ItemDefinition } from '../core/rule.js';
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
  pending('connectors-scoped', 'Connectors are scoped', 'required', ['workflow', 'manifest', 'environment']),
  walletActionsBounded,
  failurePathsObservable,
  docsUpdated,
  pending('api-keys-scoped', 'API keys are scoped', 'policy', ['workflow', 'manifest', 'template', 'environment', 'action', 'trigger', 'docs', 'openapi', 'runbook']),
  pending('credentials-in-connectors', 'Credentials live in connectors', 'policy', ['workflow', 'manifest', 'template', 'action', 'trigger', 'docs', 'runbook']),
  walletsDedicated,
  webhooksVerified,
  templatesPortable,
  publicContract,
];
