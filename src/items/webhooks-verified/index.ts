import type { ItemDefinition } from '../../core/rule.js';
import { executionVerification } from './execution-verification.js';
import { inboundVerification } from './inbound-verification.js';
import { unguardedCallerValue } from './unguarded-caller-value.js';
import { webhookUrl } from './webhook-url.js';

/** Webhooks are verified: execution webhooks and inbound workflow webhooks declare verification, URLs are https, caller data is guarded. */
export const webhooksVerified: ItemDefinition = {
  id: 'webhooks-verified',
  title: 'Webhooks are verified',
  group: 'policy',
  concerns: ['workflow', 'manifest', 'environment'],
  rules: [executionVerification, webhookUrl, inboundVerification, unguardedCallerValue],
};
