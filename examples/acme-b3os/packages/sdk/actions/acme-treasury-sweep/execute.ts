import { BaseAction } from '../../src/base-action';
import type { ActionExecutionParams, ActionResult } from '../../src/types';
import { payloadSchema, resultSchema } from './schema';

interface SweepInputs {
  chainId: number;
  tokenAddress: string;
  treasuryAddress: string;
  keepAmount: string;
  maxSweepAmount: string;
}

/** What the platform injects for a wallet connector: balance reads and ERC20 transfers. */
interface WalletConnector {
  erc20Balance(chainId: number, token: string): Promise<bigint>;
  erc20Transfer(chainId: number, token: string, to: string, amount: bigint): Promise<{ transactionHash: string }>;
}

/**
 * AcmeTreasurySweepAction
 *
 * Moves everything above a floor from an operational wallet to the treasury safe, capped per run.
 */
export class AcmeTreasurySweepAction extends BaseAction {
  constructor() {
    super('acme-treasury-sweep', {
      name: 'Acme Treasury Sweep',
      description:
        'Sweeps an ERC20 balance above a floor from the operational wallet to the treasury safe. ' +
        'Keeps keepAmount in the wallet and never moves more than maxSweepAmount in one run. ' +
        'Ideal for: end-of-day sweeps of collected stablecoins.',
      payloadSchema,
      resultSchema,
      category: 'evm-onchain',
      connector: { type: 'wallet' },
      author: 'Acme',
      tags: ['treasury', 'erc20', 'sweep', 'write'],
      operationType: 'write',
      // What the platform's funds check reads: the sweep sends at most maxSweepAmount of tokenAddress to treasuryAddress.
      fundsMovement: {
        sent: [{ tokenField: 'tokenAddress', amountField: 'maxSweepAmount', chainField: 'chainId', recipientField: 'treasuryAddress' }],
      },
      exampleUsage: {
        inputs: {
          chainId: 8453,
          tokenAddress: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
          treasuryAddress: '0x4444444444444444444444444444444444444444',
          keepAmount: '1000000000',
          maxSweepAmount: '50000000000',
        },
        exampleOutput: {
          swept: true,
          sweptAmount: '1250000000',
          remainingBalance: '1000000000',
        },
      },
    });
  }

  public async execute(params: ActionExecutionParams): Promise<ActionResult> {
    const inputs = params.inputs as unknown as SweepInputs & { wallet: WalletConnector };
    const balance = await inputs.wallet.erc20Balance(inputs.chainId, inputs.tokenAddress);
    const amount = sweepAmount(balance, BigInt(inputs.keepAmount), BigInt(inputs.maxSweepAmount));
    if (amount === 0n) {
      return this.createSuccessResult({ swept: false, sweptAmount: '0', remainingBalance: balance.toString() });
    }
    try {
      const { transactionHash } = await inputs.wallet.erc20Transfer(inputs.chainId, inputs.tokenAddress, inputs.treasuryAddress, amount);
      return this.createSuccessResult({
        swept: true,
        sweptAmount: amount.toString(),
        remainingBalance: (balance - amount).toString(),
        transactionHash,
      });
    } catch (error) {
      return this.createErrorResult('TRANSFER_FAILED', (error as Error).message, { category: 'onchain', retryable: true });
    }
  }
}

/** The amount above the floor, capped; 0 when the balance is at or below the floor. */
export function sweepAmount(balance: bigint, keep: bigint, max: bigint): bigint {
  if (balance <= keep) return 0n;
  const excess = balance - keep;
  return excess < max ? excess : max;
}
