import type { ItemDefinition } from '../../core/rule.js';
import { OBJECT_KINDS } from '../../core/types.js';
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
  // Every kind the gate models, and (`readsEveryFile`) every other text file.
  concerns: OBJECT_KINDS,
  readsEveryFile: true,
  rules: [b3osKey, serviceKey, keyInventory, keyRotation, unscannedFile],
};
