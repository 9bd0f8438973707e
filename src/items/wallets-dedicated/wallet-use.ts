import { escapeSegment, isObject } from '../../b3os/definition.js';
import type { DefinitionGraph } from '../../b3os/definition-graph.js';
import { locationIn } from '../../core/locate.js';
import type { RepoObject } from '../../core/repo-index.js';
import type { RuleContext, RuleObject } from '../../core/rule.js';
import { concernedWorkflows } from '../../readiness/checked-workflows.js';
import type { Location } from '../../core/types.js';
import type { Environment } from '../../readiness/formats.js';
import { readinessWorkflowOf, type ReadinessWorkflow } from '../../readiness/workflows.js';

/** What makes a workflow's wallets worth checking again. */
export const WALLET_CONCERNS = ['workflow', 'manifest', 'environment'] as const;

/** One place a workflow names an organization wallet: a node's wallet connector, or an auto-swap source. */
export interface WalletUse {
  readonly id: string;
  /** "node `pay`" or "auto-swap source 1", for messages. */
  readonly by: string;
  readonly location: Location;
}

/** A workflow that names wallets, whether it starts on its own, and its environment inventory when valid. */
export interface WalletWorkflow {
  readonly wf: ReadinessWorkflow & { readonly graph: DefinitionGraph };
  readonly uses: readonly WalletUse[];
  /** The first trigger type that is not `manual`: the workflow runs without a person starting it. */
  readonly automaticTrigger?: string;
  readonly environment?: Environment;
}

/** The workflow the engine's pass visits when it names at least one wallet; shared by the item's rules. */
export function walletWorkflowOf(workflow: RuleObject): Promise<WalletWorkflow | undefined> {
  return workflow.derive(walletView);
}

async function walletView(workflow: RuleObject): Promise<WalletWorkflow | undefined> {
  const wf = await readinessWorkflowOf(workflow);
  if (!wf?.graph) return undefined;
  const withGraph = { ...wf, graph: wf.graph };
  const uses = [...nodeWallets(withGraph), ...autoSwapWallets(wf)];
  if (uses.length === 0) return undefined;
  const automaticTrigger = wf.graph.graph.triggers.map((id) => wf.graph!.node(id).type).find((type) => type !== undefined && type !== 'manual');
  const environment = wf.inputs.environment?.state === 'valid' ? wf.inputs.environment.value : undefined;
  return { wf: withGraph, uses, ...(automaticTrigger ? { automaticTrigger } : {}), ...(environment ? { environment } : {}) };
}

/** The workflows whose wallets are checked, for the engine's pass. */
export function walletObjects(ctx: RuleContext): Promise<RepoObject[]> {
  return concernedWorkflows(ctx, WALLET_CONCERNS);
}

function nodeWallets(wf: ReadinessWorkflow & { readonly graph: DefinitionGraph }): WalletUse[] {
  return wf.graph.view.nodes.flatMap((node) => {
    const connector = node.value.connector;
    if (!isObject(connector) || connector.type !== 'wallet' || typeof connector.id !== 'string' || !connector.id.startsWith('wal_')) return [];
    return [locatedUse(connector.id, `node \`${node.id}\``, () => locationIn(wf.graph.doc, `${node.pointer}/connector/id`))];
  });
}

function autoSwapWallets(wf: ReadinessWorkflow): WalletUse[] {
  const manifest = wf.inputs.manifest;
  if (manifest.state !== 'valid' || manifest.value.fundAutoSwap?.enabled !== true) return [];
  return (manifest.value.fundAutoSwap.sources ?? []).flatMap((source, i) =>
    source.walletId === undefined ? [] : [locatedUse(source.walletId, `auto-swap source ${i + 1}`, () => locationIn(manifest.doc, `/fundAutoSwap/sources/${i}/walletId`))],
  );
}

/** A wallet use whose location is found only when a finding reads it: most uses report nothing. */
function locatedUse(id: string, by: string, locate: () => Location): WalletUse {
  return {
    id,
    by,
    get location() {
      return locate();
    },
  };
}

/** The JSON pointer of a wallet of the inventory, by index. */
export function walletPointer(index: number, key?: string): string {
  return `/wallets/${index}${key ? `/${escapeSegment(key)}` : ''}`;
}
