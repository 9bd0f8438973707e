export const payloadSchema = {
  type: 'object',
  required: ['chainId', 'tokenAddress', 'treasuryAddress', 'keepAmount', 'maxSweepAmount'],
  properties: {
    chainId: {
      type: 'integer',
      description: 'EVM chain id the wallet and the treasury are on',
      minimum: 1,
    },
    tokenAddress: {
      type: 'string',
      description: 'ERC20 token contract address to sweep',
      pattern: '^0x[a-fA-F0-9]{40}$',
    },
    treasuryAddress: {
      type: 'string',
      description: 'Treasury safe that receives the swept tokens',
      pattern: '^0x[a-fA-F0-9]{40}$',
    },
    keepAmount: {
      type: 'string',
      description: "Balance left in the operational wallet, in the token's smallest unit",
      pattern: '^[0-9]+$',
    },
    maxSweepAmount: {
      type: 'string',
      description: "Largest amount moved in one run, in the token's smallest unit",
      pattern: '^[0-9]+$',
    },
  },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: ['swept', 'sweptAmount', 'remainingBalance'],
  properties: {
    swept: {
      type: 'boolean',
      description: 'Whether a transfer was sent (false when the balance is at or below keepAmount)',
    },
    sweptAmount: {
      type: 'string',
      description: "Amount moved to the treasury, in the token's smallest unit",
      pattern: '^[0-9]+$',
    },
    remainingBalance: {
      type: 'string',
      description: "Balance left in the operational wallet, in the token's smallest unit",
      pattern: '^[0-9]+$',
    },
    transactionHash: {
      type: 'string',
      description: 'Hash of the transfer transaction, when one was sent',
    },
  },
  additionalProperties: false,
} as const;
