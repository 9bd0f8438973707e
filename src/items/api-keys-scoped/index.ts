import type { ItemDefinition } from '../../core/rule.js';
import { b3osKey } from './b3os-key.js';
import { keyInventory } from './key-inventory.js';
import { keyRotation } from './key-rotation.js';
import { serviceKey } from './service-key.js';
import { unscannedFile } from './unscanned-file.js';

/** Policy: no key value in the repository; keys are inventoried per service, narrowly scoped and rotated. */
export const apiKeysScoped: ItemDefinition = {
  id: 'api-keys-scoped',
  title: 'API keys are scoped',
  group: 'policy',
  concerns: ['workflow', 'manifest', 'template', 'environment', 'action', 'trigger', 'docs', 'openapi', 'runbook', 'catalog', 'changelog', 'config'],
  readsEveryFile: true,
  rules: [b3osKey, serviceKey, keyInventory, keyRotation, unscannedFile],
};
