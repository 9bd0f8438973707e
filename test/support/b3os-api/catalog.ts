/**
 * The catalog the fake API serves by default: a few real platform types with payload and result
 * schemas after their docs.b3os.org reference pages. Keys are deliberately not in alphabetical
 * order, as the API sends them, so tests can see that `catalog pull` keeps them as they come.
 */
import type { CatalogState, Definition } from './types.js';

const DOCS = 'https://docs.b3os.org/actions/reference/generated';
const address = (description: string) => ({ type: 'string', description });

const SEND_ERC20: Definition = {
  type: 'send-erc20-token',
  name: 'Send ERC20 Token',
  description: 'Transfer ERC20 tokens from the workflow wallet to a recipient.',
  category: 'evm-onchain',
  tags: ['evm', 'transfer'],
  connector: { type: 'wallet', walletSupport: ['eoa'] },
  requiresGas: true,
  fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
  payloadSchema: {
    type: 'object',
    required: ['tokenAddress', 'recipientAddress', 'amount', 'chainId'],
    properties: {
      tokenAddress: address('ERC20 token contract address'),
      recipientAddress: address('Address that receives the tokens'),
      amount: { type: 'string', description: "Amount in the token's smallest unit" },
      chainId: { type: 'number', description: 'EVM chain ID' },
    },
    additionalProperties: false,
  },
  resultSchema: { type: 'object', required: ['status', 'transactionHash'], properties: { status: { type: 'string' }, transactionHash: { type: 'string' } } },
  documentationUrl: `${DOCS}/send-erc20-token`,
};

const GET_BALANCE: Definition = {
  type: 'get-balance',
  name: 'Get Token Balance',
  category: 'evm-onchain',
  tags: ['evm', 'read'],
  requiresGas: false,
  payloadSchema: {
    type: 'object',
    required: ['tokenAddress', 'accountAddress', 'chainId'],
    properties: { tokenAddress: address('ERC20 token contract address'), accountAddress: address('Account whose balance is read'), chainId: { type: 'number' } },
    additionalProperties: false,
  },
  resultSchema: { type: 'object', required: ['balance'], properties: { balance: { type: 'string' }, formattedBalance: { type: 'string' } } },
  exampleOutput: { balance: '1000000', formattedBalance: '1.0' },
  documentationUrl: `${DOCS}/get-balance`,
};

const SLACK_SEND: Definition = {
  type: 'slack-send-message',
  name: 'Send Slack Message',
  category: 'messaging',
  tags: ['slack'],
  connector: { type: 'slack' },
  payloadSchema: {
    type: 'object',
    required: ['conversation', 'text'],
    properties: { conversation: { type: 'string', description: 'Channel or user id' }, text: { type: 'string' } },
    additionalProperties: false,
  },
  resultSchema: { type: 'object', properties: { ts: { type: 'string' } } },
};

const LOGIC: Definition[] = [
  {
    type: 'if',
    name: 'Condition (If / Else)',
    category: 'logic',
    payloadSchema: { type: 'object', required: ['condition'], properties: { condition: { type: 'object' } }, additionalProperties: false },
    resultSchema: { type: 'object', properties: { branch: { type: 'string' } } },
  },
  {
    type: 'delay',
    name: 'Delay',
    category: 'logic',
    payloadSchema: { type: 'object', required: ['seconds'], properties: { seconds: { type: 'number', minimum: 0 } } },
    resultSchema: { type: 'object', properties: {} },
  },
];

const TRIGGERS: Definition[] = [
  {
    type: 'manual',
    name: 'Manual',
    description: 'Run by hand or through the workflow webhook.',
    payloadSchema: { type: 'object', properties: {} },
    resultSchema: { type: 'object', properties: { body: { type: 'object' } } },
  },
  {
    type: 'cronjob',
    name: 'Cron Job',
    tags: ['schedule'],
    payloadSchema: { type: 'object', required: ['rrule'], properties: { rrule: { type: 'string', description: 'DTSTART and RRULE lines' } }, additionalProperties: false },
    resultSchema: { type: 'object', properties: { firedAt: { type: 'string' } } },
  },
  {
    type: 'polymarket-new-market',
    name: 'Polymarket New Market',
    tags: ['polymarket'],
    payloadSchema: { type: 'object', properties: { tag: { type: 'string' } }, additionalProperties: false },
    resultSchema: { type: 'object', properties: { marketId: { type: 'string' } } },
  },
];

/** A fresh copy of the default catalog (lists unsorted, as an API may send them). */
export function defaultCatalog(): CatalogState {
  return structuredClone({ actions: [SLACK_SEND, SEND_ERC20, GET_BALANCE], logicActions: LOGIC, triggers: TRIGGERS });
}
