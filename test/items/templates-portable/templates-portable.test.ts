import { describe, it } from 'vitest';
import { templatesPortable } from '../../../src/items/templates-portable/index.js';
import { checkItem } from '../../support/item-harness.js';

describe('templates-portable', () => {
  it('is the policy item "Templates are portable", concerned with templates, with its five rules in order, each described in one line', () =>
    checkItem(templatesPortable, {
      id: 'templates-portable',
      title: 'Templates are portable',
      group: 'policy',
      concerns: ['template'],
      rules: [
        ['templates-portable/organization-id', 'error'],
        ['templates-portable/secret', 'error'],
        ['templates-portable/literal-address', 'error'],
        ['templates-portable/connector-reference', 'error'],
        ['templates-portable/unused-prop', 'error'],
      ],
    }));
});
