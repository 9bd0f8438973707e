import type { ItemDefinition } from '../../core/rule.js';
import { executionWebhook } from './execution-webhook.js';
import { fundsNotification } from './funds-notification.js';
import { manifest } from './manifest.js';
import { waitTimeout } from './wait-timeout.js';

/** Failures reach someone: a manifest with an on-call, a failure execution webhook, handled wait timeouts, notified funds workflows. */
export const failurePathsObservable: ItemDefinition = {
  id: 'failure-paths-observable',
  title: 'Failure paths are observable',
  group: 'required',
  concerns: ['workflow', 'manifest', 'environment', 'runbook'],
  rules: [manifest, executionWebhook, waitTimeout, fundsNotification],
};
