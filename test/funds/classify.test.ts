import { describe, expect, it } from 'vitest';
import type { DefinitionNode } from '../../src/b3os/definition.js';
import { shippedEntries } from '../../src/catalog/shipped.js';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { fundsClassOf } from '../../src/funds/classify.js';
import { payloadRolesOf } from '../../src/funds/roles.js';

const shipped = new Map(shippedEntries().map((e) => [e.type, e]));
const node = (type: string, payload: Record<string, unknown> = {}): DefinitionNode => ({ id: 'n', pointer: '/definition/nodes/n', type, value: { type, payload } as never });
const kindOf = (type: string, payload?: Record<string, unknown>, entry = shipped.get(type)) => fundsClassOf(entry, node(type, payload))?.kind;
const repo = (fields: Partial<CatalogEntry>): CatalogEntry => ({ type: 'acme-x', kind: 'action', source: 'repository', origin: 'actions/acme-x/action.json', schemaCompleteness: 'complete', ...fields });

describe('fundsClassOf', () => {
  it('knows the platform actions that move funds from the shipped catalog', () => {
    expect(kindOf('send-erc20-token')).toBe('send');
    expect(kindOf('approve-erc20')).toBe('approval');
    expect(kindOf('0x-swap')).toBe('swap');
    expect(kindOf('relay-swap')).toBe('bridge');
    expect(kindOf('jupiter-swap')).toBe('swap');
    expect(kindOf('polymarket-place-bet')).toBe('order');
    expect(kindOf('hyperliquid-market-order')).toBe('order');
    expect(kindOf('cow-swap-gasless')).toBe('swap');
    expect(kindOf('morpho-vault-deposit')).toBe('send');
    expect(kindOf('send-native-token')).toBe('send');
    expect(kindOf('place-order')).toBe('order');
  });

  it('leaves reads and messages alone', () => {
    for (const type of ['get-balance', 'slack-send-message', 'send-webhook', 'send-email', 'telegram-send-message', 'hyperliquid-get-account', 'jupiter-quote', 'get-allowance', 'if', 'log', 'coingecko-get-token-price']) {
      expect(kindOf(type), type).toBeUndefined();
    }
  });

  it('counts every type that signs with a wallet, and every node that carries one, whatever read words say', () => {
    expect(kindOf('morpho-vault-get-position')).toBe('order');
    const withWallet = (type: string, entry?: CatalogEntry) => fundsClassOf(entry, { ...node(type), value: { type, payload: {}, connector: { type: 'wallet', id: 'wal_ops' } } as never })?.kind;
    expect(withWallet('check-and-swap')).toBe('swap');
    expect(withWallet('acme-settle-invoice')).toBe('spend');
    expect(withWallet('acme-x', repo({ operationType: 'read', tags: ['read'] }))).toBe('spend');
    expect(withWallet('get-balance', shipped.get('get-balance'))).toBe('spend');
  });

  it('fails closed on a type known only by name, or not at all, whose id says it trades', () => {
    expect(kindOf('acme-bridge-usdc', {}, undefined)).toBe('bridge');
    expect(kindOf('uniswap-v4-swap', {}, undefined)).toBe('swap');
    expect(kindOf('acme-report', {}, undefined)).toBeUndefined();
  });

  it('reads repository definitions: declared movement, gas, wallet, write in an on-chain category, a spender', () => {
    expect(kindOf('acme-x', {}, repo({ fundsMovement: { sent: [{ tokenField: 't' }] } }))).toBe('send');
    expect(kindOf('acme-x', {}, repo({ requiresGas: true }))).toBe('spend');
    expect(kindOf('acme-x', {}, repo({ connector: { type: 'wallet' } }))).toBe('spend');
    expect(kindOf('acme-x', {}, repo({ connector: { type: 'wallet' }, operationType: 'read', tags: ['read'], category: 'blockchain-data' }))).toBe('spend');
    expect(kindOf('acme-x', {}, repo({ operationType: 'write', category: 'evm-onchain' }))).toBe('spend');
    expect(kindOf('acme-x', {}, repo({ operationType: 'write', category: 'messaging' }))).toBeUndefined();
    expect(kindOf('acme-x', { spender: '0x1', amount: '1' }, repo({}))).toBe('approval');
    expect(kindOf('acme-x', {}, repo({ fundsMovement: {} }))).toBeUndefined();
  });
});

describe('payloadRolesOf', () => {
  it('uses declared roles and leaves other named fields without a role', () => {
    const { roles, unknown } = payloadRolesOf(shipped.get('send-erc20-token'), ['tokenAddress', 'recipientAddress', 'amount', 'chainId', 'gasLimit']);
    expect(Object.fromEntries([...roles].map(([k, r]) => [k, r.role]))).toEqual({ tokenAddress: 'token', recipientAddress: 'recipient', amount: 'amount', chainId: 'chain' });
    expect(unknown).toEqual([]);
  });

  it('infers roles for keys a partial schema does not name, and lists what nothing explains', () => {
    const { roles, unknown } = payloadRolesOf(shipped.get('relay-swap'), ['srcChainId', 'tokenIn', 'slippageBps', 'referrer', 'recipient']);
    expect(roles.get('slippageBps')).toEqual({ role: 'slippage-bps' });
    expect(roles.get('recipient')).toEqual({ role: 'recipient' });
    expect(unknown).toEqual(['referrer']);
  });

  it('infers from names when nothing is declared, and adds the roles descriptors declare', () => {
    const sweep = payloadRolesOf(repo({}), ['treasuryAddress', 'keepAmount', 'chainId', 'minAmountOut']);
    expect(Object.fromEntries([...sweep.roles].map(([k, r]) => [k, r.role]))).toEqual({ treasuryAddress: 'recipient', keepAmount: 'amount', chainId: 'chain' });
    const declared = payloadRolesOf(repo({ fundsMovement: { sent: [{ amountField: 'maxSweepAmount', tokenField: 'sweepTarget' }] } }), ['keepAmount', 'maxSweepAmount', 'sweepTarget', 'memo']);
    expect(Object.fromEntries([...declared.roles].map(([k, r]) => [k, r.role]))).toEqual({ keepAmount: 'amount', maxSweepAmount: 'amount', sweepTarget: 'token' });
  });
});
