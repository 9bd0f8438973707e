export const payloadSchema = {
  type: 'object',
  required: ['chainId'],
  properties: {
    chainId: {
      type: 'integer',
      description: 'EVM chain id to read gas prices for (1 Ethereum, 10 Optimism, 8453 Base)',
      enum: [1, 10, 8453],
    },
    speed: {
      type: 'string',
      description: 'How fast the suggested fees should get a transaction included',
      enum: ['slow', 'standard', 'fast'],
      default: 'standard',
    },
  },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: ['chainId', 'baseFeeWei', 'maxPriorityFeeWei', 'maxFeeWei', 'blockNumber'],
  properties: {
    chainId: {
      type: 'integer',
      description: 'Chain the fees apply to',
    },
    baseFeeWei: {
      type: 'string',
      description: 'Base fee per gas of the latest block, in wei',
      pattern: '^[0-9]+$',
    },
    maxPriorityFeeWei: {
      type: 'string',
      description: 'Suggested priority fee per gas for the requested speed, in wei',
      pattern: '^[0-9]+$',
    },
    maxFeeWei: {
      type: 'string',
      description: 'Suggested max fee per gas (twice the base fee plus the priority fee), in wei',
      pattern: '^[0-9]+$',
    },
    blockNumber: {
      type: 'integer',
      description: 'Block the base fee was read from',
    },
  },
  additionalProperties: false,
} as const;
