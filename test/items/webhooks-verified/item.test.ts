import { describe, expect, it } from 'vitest';
import { webhooksVerified } from '../../../src/items/webhooks-verified/index.js';
import type { MemoryFiles } from '../../support/memory-snapshot.js';
import { auditChange } from '../../support/diff-harness.js';
import { findingsOf } from '../../support/rule-harness.js';
import { ENV, INBOUND, MANIFEST, WF, edit, inboundRepo, repo, verifiedRepo } from './fixtures.js';

/** The findings of `rule` on the change from `base` to `head`, as `file:line:column severity`. */
async function found(base: MemoryFiles, head: MemoryFiles, rule: string): Promise<string[]> {
  const report = await auditChange({ base, head });
  return findingsOf(report, rule).map((f) => `${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.severity}`);
}

describe('webhooks-verified', () => {
  it('is the policy item "Webhooks are verified" with its four rules, in order', () => {
    expect(webhooksVerified).toMatchObject({ id: 'webhooks-verified', title: 'Webhooks are verified', group: 'policy' });
    expect(webhooksVerified.rules.map((r) => r.meta.id)).toEqual([
      'webhooks-verified/execution-verification',
      'webhooks-verified/webhook-url',
      'webhooks-verified/inbound-verification',
      'webhooks-verified/unguarded-caller-value',
    ]);
  });

  it('describes each rule in one line that starts in lower case and ends without a period', () => {
    for (const rule of webhooksVerified.rules) expect(rule.meta.description, rule.meta.id).toMatch(/^[a-z][^\n]{20,}[^.]$/);
  });

  it('checks a pull request that changes only an environment', async () => {
    const base = verifiedRepo();
    const head = { ...base, [ENV]: edit(base[ENV], 'https://ops.acme.example', 'http://ops.acme.example') };
    expect(await found(base, head, 'webhooks-verified/webhook-url')).toEqual([`${ENV}:16:10 error`]);
  });

  it('checks a pull request that changes only a manifest', async () => {
    const base = inboundRepo();
    const head = { ...base, [MANIFEST]: edit(base[MANIFEST], INBOUND, '') };
    expect(await found(base, head, 'webhooks-verified/inbound-verification')).toEqual([`${WF}:7:7 error`]);
  });

  it('checks, on a change to a workflow alone, the environment its manifest names', async () => {
    const base = repo();
    const head = { ...base, [WF]: edit(base[WF], 'every Monday.', 'every Monday morning.') };
    expect(await found(base, head, 'webhooks-verified/execution-verification')).toEqual([`${ENV}:15:5 error`]);
  });

  it('leaves a pull request that changes none of them alone', async () => {
    const base = repo();
    const report = await auditChange({ base, head: { ...base, 'README.md': '# Acme workflows\n' } });
    expect(report.items.find((i) => i.id === 'webhooks-verified')?.status).toBe('not-affected');
  });
});
