import { describe, expect, it } from 'vitest';
import type { FundsRow } from '../../src/core/types.js';
import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { renderFundsRow, renderFundsTable, shortAddress } from '../../src/render/funds-table.js';
import { expectIntactTables, expectNoInjection } from './markdown-checks.js';
import { sampleFundsRow, sampleLinks, sampleReport } from './sample-report.js';

const [USDC] = sampleFundsRow.tokens;
const [VENDOR] = sampleFundsRow.recipients;

const row: FundsRow = sampleFundsRow;

describe('the funds table', () => {
  it('shows a bounded node as comment.md does', () => {
    expect(renderFundsRow(row)).toBe(
      '| `payout` · `send_payout` | `send-erc20-token` (send) | Base \\(8453\\) | USDC `0x8335…2913` | `0x4b20…02db` | 1,500 USDC (`1500000000`) | none | ❌ stale (dust-test 2026-11-21) |',
    );
  });

  it('gives raw units alone without decimals, an unknown chain by id, "any" for an empty list', () => {
    const plain: FundsRow = { ...row, chains: ['999999'], tokens: [], maxAmount: { raw: '7' }, evidence: 'current', evidenceRun: { kind: 'simulation', date: '2026-12-01' } };
    expect(renderFundsRow(plain)).toBe('| `payout` · `send_payout` | `send-erc20-token` (send) | 999999 | any | `0x4b20…02db` | `7` raw | none | ✅ (simulation 2026-12-01) |');
  });

  it('lists two values, then how many more; several tokens are listed by address', () => {
    const many: FundsRow = { ...row, chains: ['1', '10', '137'], tokens: [USDC, 'native'], recipients: [VENDOR, USDC, 'a', 'b'], maxAmount: undefined, approvals: undefined, evidence: 'missing', evidenceRun: undefined };
    expect(renderFundsRow(many)).toBe(
      '| `payout` · `send_payout` | `send-erc20-token` (send) | Ethereum \\(1\\), Optimism \\(10\\) +1 | `0x8335…2913`, `native` | `0x4b20…02db`, `0x8335…2913` +2 | any | – | ❌ none |',
    );
  });

  it('names the symbol beside the token only when there is one token, and leaves the symbol out of the amount when not given', () => {
    const two: FundsRow = { ...row, tokens: [USDC, 'native'] };
    expect(renderFundsRow(two)).toBe(
      '| `payout` · `send_payout` | `send-erc20-token` (send) | Base \\(8453\\) | `0x8335…2913`, `native` | `0x4b20…02db` | 1,500 USDC (`1500000000`) | none | ❌ stale (dust-test 2026-11-21) |',
    );
    const noSymbol: FundsRow = { ...row, maxAmount: { raw: '1500000000', units: '1,500' } };
    expect(renderFundsRow(noSymbol)).toBe('| `payout` · `send_payout` | `send-erc20-token` (send) | Base \\(8453\\) | `0x8335…2913` | `0x4b20…02db` | 1,500 (`1500000000`) | none | ❌ stale (dust-test 2026-11-21) |');
  });

  it('marks a funds node without bounds', () => {
    const unbounded: FundsRow = { ...row, bounded: false, chains: [], tokens: [], recipients: [], maxAmount: undefined, approvals: undefined, evidence: 'missing', evidenceRun: undefined };
    expect(renderFundsRow(unbounded)).toBe('| `payout` · `send_payout` | `send-erc20-token` (send) | ❌ no bounds | – | – | – | – | ❌ none |');
  });

  it('shortens only 20-byte hex addresses', () => {
    expect(shortAddress(USDC)).toBe('0x8335…2913');
    expect(shortAddress(`${USDC}00`)).toBe(`${USDC}00`);
    expect(shortAddress(`a${USDC}`)).toBe(`a${USDC}`);
    expect(shortAddress('So11111111111111111111111111111111111111112')).toBe('So11111111111111111111111111111111111111112');
  });

  it('is empty without rows, and says how many rows were left out', () => {
    expect(renderFundsTable([], 0, 'in the full report')).toBe('');
    expect(renderFundsTable([row], 1, 'x').split('\n').slice(0, 4)).toEqual([
      '**Funds this change can move**',
      '',
      '| workflow · node | action | chain | token | recipient | max amount | approvals | evidence |',
      '|---|---|---|---|---|---|---|---|',
    ]);
    const table = renderFundsTable([row, { ...row, node: 'b' }, { ...row, node: 'c' }], 1, 'in the full report');
    expect(table.split('\n').filter((line) => line.startsWith('| `payout`'))).toHaveLength(1);
    expect(table.endsWith('…and 2 more funds nodes in the full report')).toBe(true);
    expect(renderFundsTable([row, { ...row, node: 'b' }], 1, 'x').endsWith('…and 1 more funds node x')).toBe(true);
    expect(renderFundsTable([row], 1, 'x')).not.toContain('…and');
  });

  it('escapes what the repository wrote', () => {
    const hostile: FundsRow = {
      ...row,
      workflow: 'a|b`c',
      node: '<img src=x>',
      action: '@everyone',
      tokens: ['x|y'],
      recipients: ['<script>', '@org/team'],
      maxAmount: { raw: '1', units: '0.000001', symbol: '<b>|@all' },
      approvals: '@x|y',
      evidenceRun: { kind: '<i>', date: '2026|01' },
    };
    const table = renderFundsTable([hostile], 1, 'x');
    expectIntactTables(table);
    expectNoInjection(table, { marker: false });
  });

  it('in a comment past its budget, keeps the checklist and counts the funds rows left out', () => {
    const funds = Array.from({ length: 400 }, (_, i) => ({ ...row, node: `pay_${String(i).padStart(3, '0')}` }));
    const comment = renderChecklistMarkdown({ ...sampleReport, funds }, sampleLinks, { budget: 12_000 });
    expect(comment.length).toBeLessThanOrEqual(12_000);
    const shown = comment.split('\n').filter((line) => line.startsWith('| `payout` · `pay_')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(400);
    expect(comment).toContain(`…and ${400 - shown} more funds nodes in the [full report](${sampleLinks.summaryUrl})`);
    expect(comment).toContain('| ✅ | Public contract holds |');
  });
});
