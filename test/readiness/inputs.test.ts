import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { checkedFile } from '../../src/readiness/inputs.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

describe('a readiness file checked against its schema', () => {
  it('is checked against each schema asked for, whichever was asked first', async () => {
    const manifest = 'environment: prod\nowner: "@acme/ops"\nonCall: "@acme/ops"\nrunbook: RUNBOOK.md\n';
    const view = await createRepoView(memorySnapshot({ 'workflows/a/b3os.yaml': manifest }), createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    const asManifest = await checkedFile(view, 'workflows/a/b3os.yaml', 'manifest');
    const asEnvironment = await checkedFile(view, 'workflows/a/b3os.yaml', 'environment');
    expect(asManifest.state).toBe('valid');
    expect(asEnvironment.state).toBe('invalid');
    expect(await checkedFile(view, 'workflows/a/b3os.yaml', 'manifest')).toBe(asManifest);
  });
});
