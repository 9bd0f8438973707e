import type { FundsRow } from '../../core/types.js';
import { formatUnits } from '../../funds/amounts.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { symbolAmbiguous } from './amount-token.js';
import { evidenceOf } from './evidence.js';
import { boundsOf, type FundsWorkflow } from './funds-workflows.js';

/** The funds table row of one funds node: what its manifest bounds let it move, and its evidence; no symbol when the bounds list several tokens. */
export function fundsRowOf(wf: FundsWorkflow, node: FundsNode): FundsRow {
  const bounds = boundsOf(wf, node.node.id)?.bounds;
  const row = {
    workflow: wf.slug,
    file: wf.file,
    node: node.node.id,
    action: node.node.type ?? '',
    kind: node.kind,
    bounded: bounds !== undefined,
    chains: (bounds?.chains ?? []).map(String),
    tokens: bounds?.tokens ?? [],
    recipients: bounds?.recipients ?? [],
  };
  return {
    ...row,
    ...evidenceState(wf),
    ...(bounds?.maxAmount !== undefined ? { maxAmount: amountOf(bounds.maxAmount, bounds.decimals, symbolAmbiguous(bounds) ? undefined : bounds.symbol) } : {}),
    ...(bounds?.approvals !== undefined ? { approvals: bounds.approvals } : {}),
  };
}

function amountOf(raw: string, decimals: number | undefined, symbol: string | undefined): NonNullable<FundsRow['maxAmount']> {
  const units = decimals === undefined ? undefined : formatUnits(BigInt(raw), decimals);
  return { raw, ...(units !== undefined ? { units } : {}), ...(symbol !== undefined ? { symbol } : {}) };
}

function evidenceState(wf: FundsWorkflow): Pick<FundsRow, 'evidence' | 'evidenceRun'> {
  const state = evidenceOf(wf);
  if (!state?.newest) return { evidence: 'missing' };
  const [current] = state.current;
  const { kind, date } = (current ?? state.newest).entry;
  return { evidence: current ? 'current' : 'stale', evidenceRun: { kind, date } };
}
