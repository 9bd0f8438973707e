import { BaseAction } from '../../src/base-action';
import type { ActionExecutionParams, ActionResult } from '../../src/types';
import { payloadSchema, resultSchema } from './schema';

type Speed = 'slow' | 'standard' | 'fast';

/** Public, keyless RPC endpoints: the action only reads. */
const PUBLIC_RPC: Record<number, string> = {
  1: 'https://ethereum-rpc.publicnode.com',
  10: 'https://mainnet.optimism.io',
  8453: 'https://mainnet.base.org',
};

/** Multiplies the node's suggested tip per speed. */
const TIP_MULTIPLIER: Record<Speed, bigint> = { slow: 1n, standard: 2n, fast: 4n };

/**
 * AcmeGasOracleAction
 *
 * Reads the EIP-1559 base fee of the latest block and suggests a priority fee and a max fee per
 * gas, so a workflow can hold back on-chain work while gas is expensive.
 */
export class AcmeGasOracleAction extends BaseAction {
  constructor() {
    super('acme-gas-oracle', {
      name: 'Acme Gas Oracle',
      description:
        'Reads the current base fee and suggests EIP-1559 fees for a chain. ' +
        'Returns base fee, priority fee and max fee per gas in wei for a slow, standard or fast inclusion. ' +
        'Ideal for: delaying payouts and sweeps while gas is expensive.',
      payloadSchema,
      resultSchema,
      category: 'blockchain-data',
      author: 'Acme',
      tags: ['gas', 'evm', 'fees', 'read'],
      operationType: 'read',
      exampleUsage: {
        inputs: { chainId: 8453, speed: 'standard' },
        exampleOutput: {
          chainId: 8453,
          baseFeeWei: '5000000',
          maxPriorityFeeWei: '2000000',
          maxFeeWei: '12000000',
          blockNumber: 23456789,
        },
      },
    });
  }

  public async execute(params: ActionExecutionParams): Promise<ActionResult> {
    const { chainId, speed = 'standard' } = params.inputs as { chainId: number; speed?: Speed };
    const rpc = PUBLIC_RPC[chainId];
    if (!rpc) {
      return this.createErrorResult('UNSUPPORTED_CHAIN', `chain ${chainId} is not supported`, {
        category: 'config',
        remediation: 'Use chain 1, 10 or 8453.',
        retryable: false,
      });
    }
    try {
      const block = (await rpcCall(rpc, 'eth_getBlockByNumber', ['latest', false])) as { baseFeePerGas: string; number: string };
      const tip = BigInt((await rpcCall(rpc, 'eth_maxPriorityFeePerGas', [])) as string) * TIP_MULTIPLIER[speed];
      const baseFee = BigInt(block.baseFeePerGas);
      return this.createSuccessResult({
        chainId,
        baseFeeWei: baseFee.toString(),
        maxPriorityFeeWei: tip.toString(),
        maxFeeWei: (baseFee * 2n + tip).toString(),
        blockNumber: Number(BigInt(block.number)),
      });
    } catch (error) {
      return this.createErrorResult('RPC_ERROR', (error as Error).message, { category: 'network', retryable: true });
    }
  }
}

async function rpcCall(url: string, method: string, params: unknown[]): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  if (!response.ok) throw new Error(`${method} failed with HTTP ${response.status}`);
  const body = (await response.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}
