import { describe, it } from 'vitest';
import { publicContract } from '../../../src/items/public-contract/index.js';
import { checkItem } from '../../support/item-harness.js';

describe('public-contract', () => {
  it('is the contract item "Public contract holds", concerned with actions, triggers, the catalog, workflows, runbooks, manifests and the changelog, with its four rules in order, each described in one line', () =>
    checkItem(publicContract, {
      id: 'public-contract',
      title: 'Public contract holds',
      group: 'contract',
      concerns: ['action', 'trigger', 'catalog', 'workflow', 'runbook', 'manifest', 'changelog'],
      rules: [
        ['public-contract/breaking-change', 'error'],
        ['public-contract/schema-change', 'notice'],
        ['public-contract/removed-type-referenced', 'error'],
        ['public-contract/runbook', 'error'],
      ],
    }));
});
