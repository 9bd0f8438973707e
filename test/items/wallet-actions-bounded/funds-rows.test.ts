import { describe, expect, it } from 'vitest';
import { auditChange } from '../../support/diff-harness.js';
import { FUNDS, MANIFEST, USDC, VENDOR, WF, WORKFLOW, edit, fundsRepo, manifestFor, repo, send } from './fixtures.js';

const described = edit(WORKFLOW, 'every Monday.', 'each Monday at nine.');

async function fundsOf(base: Record<string, string>, head: Record<string, string>) {
  return (await auditChange({ base, head })).funds ?? [];
}

describe('the funds table rows', () => {
  it('show the bounds of each funds node of an affected workflow, and its current evidence', async () => {
    const rows = await fundsOf(fundsRepo(), fundsRepo({ workflow: described, evidenceFor: WORKFLOW }));
    expect(rows).toEqual([
      {
        workflow: 'payout',
        file: WF,
        node: 'pay',
        action: 'send-erc20-token',
        kind: 'send',
        bounded: true,
        chains: ['8453'],
        tokens: [USDC],
        recipients: [VENDOR],
        maxAmount: { raw: '250000000' },
        approvals: 'none',
        evidence: 'current',
        evidenceRun: { kind: 'dust-test', date: '2026-11-20' },
      },
    ]);
  });

  it('give token units and the symbol when the manifest states decimals', async () => {
    const funds = `${FUNDS}      decimals: 6\n      symbol: USDC\n`;
    const [row] = await fundsOf(fundsRepo(), repo({ [WF]: described, [MANIFEST]: manifestFor(WORKFLOW, funds) }));
    expect(row.maxAmount).toEqual({ raw: '250000000', units: '250', symbol: 'USDC' });
  });

  it('say when the evidence is for an older definition, or missing', async () => {
    const [stale] = await fundsOf(fundsRepo(), fundsRepo({ workflow: send({ amount: '1' }), evidenceFor: WORKFLOW }));
    expect(stale).toMatchObject({ evidence: 'stale', evidenceRun: { kind: 'dust-test', date: '2026-11-20' } });
    const noEvidence = manifestFor().slice(0, manifestFor().indexOf('evidence:'));
    const [missing] = await fundsOf(fundsRepo(), repo({ [WF]: described, [MANIFEST]: noEvidence }));
    expect(missing.evidence).toBe('missing');
    expect(missing.evidenceRun).toBeUndefined();
  });

  it('name the run of the current definition even when a newer run is for another', async () => {
    const newer = `${manifestFor(described).trimEnd()}\n  - kind: simulation\n    date: 2026-11-22\n    definitionHash: "sha256:${'0'.repeat(64)}"\n`;
    const [row] = await fundsOf(fundsRepo(), repo({ [WF]: described, [MANIFEST]: newer }));
    expect(row).toMatchObject({ evidence: 'current', evidenceRun: { kind: 'dust-test', date: '2026-11-20' } });
  });

  it('mark a funds node the manifest does not bound', async () => {
    const unbounded = edit(manifestFor(described), 'nodes:\n  pay:\n    funds:\n', 'nodes:\n  other:\n    funds:\n');
    const [row] = await fundsOf(fundsRepo(), repo({ [WF]: described, [MANIFEST]: unbounded }));
    expect(row).toMatchObject({ node: 'pay', bounded: false, chains: [], tokens: [], recipients: [], evidence: 'current' });
    expect(row.maxAmount).toBeUndefined();
    expect(row.approvals).toBeUndefined();
  });

  it('are left out when no funds workflow is affected', async () => {
    const readme = { ...fundsRepo(), 'README.md': 'x' };
    expect(await fundsOf(fundsRepo(), readme)).toEqual([]);
  });
});
