import { describe, it } from 'vitest';
import { failurePathsObservable } from '../../../src/items/failure-paths-observable/index.js';
import { checkItem } from '../../support/item-harness.js';

describe('failure-paths-observable', () => {
  it('is the required item "Failure paths are observable", concerned with workflows, manifests, environments and runbooks, with its four rules in order, each described in one line', () =>
    checkItem(failurePathsObservable, {
      id: 'failure-paths-observable',
      title: 'Failure paths are observable',
      group: 'required',
      concerns: ['workflow', 'manifest', 'environment', 'runbook'],
      rules: [
        ['failure-paths-observable/manifest', 'error'],
        ['failure-paths-observable/execution-webhook', 'error'],
        ['failure-paths-observable/wait-timeout', 'error'],
        ['failure-paths-observable/funds-notification', 'error'],
      ],
    }));
});
