import { describe, it } from 'vitest';
import { connectorsScoped } from '../../../src/items/connectors-scoped/index.js';
import { checkItem } from '../../support/item-harness.js';

describe('connectors-scoped', () => {
  it('is the required item "Connectors are scoped", concerned with workflows, manifests and environments, with its six rules in order, each described in one line', () =>
    checkItem(connectorsScoped, {
      id: 'connectors-scoped',
      title: 'Connectors are scoped',
      group: 'required',
      concerns: ['workflow', 'manifest', 'environment'],
      rules: [
        ['connectors-scoped/connector-id', 'error'],
        ['connectors-scoped/connector-inventory', 'error'],
        ['connectors-scoped/connector-organization', 'error'],
        ['connectors-scoped/connector-type', 'error'],
        ['connectors-scoped/connector-scopes', 'error'],
        ['connectors-scoped/unused-connector', 'notice'],
      ],
    }));
});
