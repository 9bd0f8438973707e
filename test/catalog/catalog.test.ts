import { describe, expect, it } from 'vitest';
import { createCatalog, movesFunds } from '../../src/catalog/catalog.js';
import { shippedEntries } from '../../src/catalog/shipped.js';
import type { CatalogEntry, CatalogSource } from '../../src/catalog/types.js';

function entry(type: string, source: CatalogSource, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return { type, kind: 'action', source, origin: `${source}:${type}`, schemaCompleteness: 'name-only', ...extra };
}

describe('createCatalog lookup order', () => {
  const catalog = createCatalog({
    repository: [entry('shared', 'repository'), entry('repo-only', 'repository')],
    pinned: [entry('shared', 'pinned'), entry('pinned-wins', 'pinned')],
    live: [entry('shared', 'live'), entry('pinned-wins', 'live'), entry('live-wins', 'live')],
    shipped: [entry('shared', 'shipped'), entry('pinned-wins', 'shipped'), entry('live-wins', 'shipped'), entry('shipped-only', 'shipped')],
  });

  it.each([
    ['shared', 'repository'],
    ['repo-only', 'repository'],
    ['pinned-wins', 'pinned'],
    ['live-wins', 'live'],
    ['shipped-only', 'shipped'],
  ] as const)('%s comes from %s', (type, source) => {
    expect(catalog.lookup(type)?.source).toBe(source);
  });

  it('returns undefined for an unknown type', () => {
    expect(catalog.lookup('nowhere')).toBeUndefined();
  });

  it('keeps a name-only higher layer over a lower layer with a schema', () => {
    const layered = createCatalog({
      repository: [entry('x-action', 'repository')],
      pinned: [],
      shipped: [entry('x-action', 'shipped', { payloadSchema: { type: 'object' }, schemaCompleteness: 'complete' })],
    });
    expect(layered.lookup('x-action')).toMatchObject({ source: 'repository', schemaCompleteness: 'name-only' });
  });

  it('lists every type once, sorted', () => {
    expect(catalog.types()).toEqual(['live-wins', 'pinned-wins', 'repo-only', 'shared', 'shipped-only']);
  });
});

describe('suggest', () => {
  const catalog = createCatalog({ repository: [], pinned: [], shipped: shippedEntries() });

  it.each([
    ['send-erc20-tokn', 'send-erc20-token'],
    ['get-ballance', 'get-balance'],
    ['cronjobs', 'cronjob'],
    ['for_each', 'for-each'],
  ])('suggests for %s: %s', (typo, expected) => {
    expect(catalog.suggest(typo)).toContain(expected);
  });

  it('puts the nearest first and respects max', () => {
    expect(catalog.suggest('send-erc20-tokn')[0]).toBe('send-erc20-token');
    expect(catalog.suggest('eth-sen', 1)).toEqual(['eth-send']);
  });

  it('offers nothing unreasonable and never the type itself', () => {
    expect(catalog.suggest('completely-different-thing')).toEqual([]);
    expect(catalog.suggest('cronjob')).not.toContain('cronjob');
  });
});

describe('movesFunds', () => {
  const shipped = createCatalog({ repository: [], pinned: [], shipped: shippedEntries() });

  it.each([
    ['send-erc20-token', true],
    ['relay-swap', true],
    ['approve-erc20', true],
    ['get-balance', false],
    ['log', false],
  ])('%s → %s', (type, expected) => {
    expect(movesFunds(shipped.lookup(type)!)).toBe(expected);
  });

  it.each([
    [{ fundsMovement: { sent: [{ tokenField: 'tokenAddress' }] } }, true],
    [{ fundsMovement: 'send' }, true],
    [{ fundsMovement: {} }, false],
    [{ fundsMovement: [] }, false],
    [{ fundsMovement: '' }, false],
    [{ connector: { type: 'wallet' } }, true],
    [{ connector: { type: 'slack' } }, false],
    [{ requiresGas: true }, true],
    [{ requiresGas: false }, false],
  ])('%o → %s', (extra, expected) => {
    expect(movesFunds(entry('x', 'pinned', extra))).toBe(expected);
  });
});

describe('createCatalog funds facts', () => {
  const facts = { kind: 'send' as const, fields: { amount: { role: 'amount' as const, units: 'token' as const, decimals: 9 } }, source: 'test' };

  it('keeps the shipped funds facts under a pinned entry that states none, and the pinned entry itself', () => {
    const catalog = createCatalog({ repository: [], pinned: [entry('send-sol', 'pinned', { requiresGas: true })], shipped: [entry('send-sol', 'shipped', { funds: facts })] });
    expect(catalog.lookup('send-sol')).toMatchObject({ source: 'pinned', requiresGas: true, funds: facts });
  });

  it('keeps funds facts a higher layer states', () => {
    const own = { ...facts, source: 'repository' };
    const catalog = createCatalog({ repository: [entry('send-sol', 'repository', { funds: own })], pinned: [], shipped: [entry('send-sol', 'shipped', { funds: facts })] });
    expect(catalog.lookup('send-sol')?.funds).toBe(own);
  });
});
