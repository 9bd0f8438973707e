import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/run/cli-main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');

describe('the embedded example repository', () => {
  it('shows exactly its deliberate problems, and the items not built yet as incomplete', async () => {
    let out = '';
    const code = await runCli(['check', '--repo', EXAMPLE, '--all', '--format', 'json'], {
      cwd: EXAMPLE,
      stdout: (t) => (out += t),
      stderr: () => {},
      color: false,
      today: '2026-11-25',
    });
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.items).toHaveLength(11);
    const errors = report.items.flatMap((i: any) => i.findings).filter((f: any) => f.severity === 'error' && !f.unverified);
    expect(errors.map((f: any) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort()).toEqual([
      'definition-validates/missing-node-reference workflows/eth-price-alert/workflow.json:26:22',
      'definition-validates/payload-schema workflows/treasury-sweep/workflow.json:21:25',
      'definition-validates/unknown-node-type workflows/invoice-webhook/workflow.json:38:17',
      'docs-updated/action-page-missing packages/sdk/actions/acme-treasury-sweep/schema.ts:1:1',
      'wallet-actions-bounded/evidence-current workflows/treasury-sweep/b3os.yaml:20:21',
    ]);
    const status = Object.fromEntries(report.items.map((i: any) => [i.id, i.status]));
    expect(status).toMatchObject({
      'definition-validates': 'fail',
      'wallet-actions-bounded': 'fail',
      'docs-updated': 'fail',
      'failure-paths-observable': 'pass',
      'connectors-scoped': 'pass',
      'api-keys-scoped': 'pass',
      'credentials-in-connectors': 'pass',
      'wallets-dedicated': 'pass',
      'webhooks-verified': 'pass',
      'templates-portable': 'pass',
      'public-contract': 'pass',
    });
    expect(report.funds.map((r: any) => `${r.workflow}.${r.node} ${r.maxAmount.units} ${r.maxAmount.symbol} ${r.evidence}`)).toEqual([
      'treasury-sweep.sweep 20,000 USDC stale',
      'vendor-payout.pay_vendor 250 USDC current',
    ]);
  });
});
