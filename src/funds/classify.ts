/**
 * Which nodes can move funds, and how (b3os-platform.md §4.3, §6.4, §12.1). The catalog says so
 * where it can: shipped funds facts, a non-empty `fundsMovement`, `requiresGas`, a wallet
 * connector (on the type or on the node, whatever read tags say), or SDK metadata declaring a write in an on-chain or wallet category. A type known
 * only by name (or not at all) whose id or category says it trades, swaps, sends or bridges is
 * treated as moving funds: failing closed costs a manifest entry, failing open costs a wallet.
 */
import { isObject, type DefinitionNode } from '../b3os/definition.js';
import type { CatalogEntry, FundsKind } from '../catalog/types.js';

/** Why a node is a funds node, and what kind of movement it makes. */
export interface FundsClass {
  readonly kind: FundsKind;
  /** For messages: "the catalog declares funds movement `send`", "its id says it swaps"… */
  readonly reason: string;
}

const KINDS_BY_WORD: ReadonlyArray<readonly [RegExp, FundsKind]> = [
  [/(?:^|-)(?:approve|approval|permit)(?:-|$)/, 'approval'],
  [/(?:^|-)bridge(?:-|$)/, 'bridge'],
  [/(?:^|-)(?:swap|trade|buy|sell|liquidity)(?:-|$)/, 'swap'],
  [/(?:^|-)(?:order|bet|position|leverage|stop-loss|take-profit|perp|perps)(?:-|$)/, 'order'],
  [/(?:^|-)(?:redeem|withdraw|unstake|claim|harvest)(?:-|$)/, 'receive'],
  [/(?:^|-)(?:deposit|stake|lend|borrow|repay|transfer|pay|payout|payment|sweep|mint|burn|wrap|unwrap)(?:-|$)/, 'send'],
  // "send" alone also names messages (send-email, send-webhook): only a token, coin or native send counts.
  [/^send-(?:native|erc20|erc721|erc1155|spl|sol|eth|token|tokens|nft|usdc|funds)(?:-|$)/, 'send'],
];

// A read verb in the id (`hyperliquid-get-account`, `jupiter-quote`) outweighs a trading word or category.
const READ_WORD = /(?:^|-)(?:get|list|fetch|read|quote|search|lookup|check|watch|info)(?:-|$)/;
const ONCHAIN_CATEGORY = /^(?:evm[- ]onchain|solana[- ]onchain|wallet[- ]management|hyperliquid|defi)$/i;
const MOVEMENTS = new Set<string>(['send', 'swap', 'bridge', 'receive']);

/** How `node` can move funds, or undefined when nothing says it can. */
export function fundsClassOf(entry: CatalogEntry | undefined, node: DefinitionNode): FundsClass | undefined {
  const type = node.type ?? '';
  if (entry?.funds) return { kind: entry.funds.kind, reason: `the catalog lists \`${type}\` as ${describeKind(entry.funds.kind)}` };
  const declared = declaredMovement(entry);
  if (declared) return { kind: refine(declared, type), reason: `\`${type}\` declares funds movement \`${declared}\`` };
  if (hasSpenderAndAmount(node)) return spenderClass(type);
  if (entry?.requiresGas === true) return { kind: refine('spend', type), reason: `\`${type}\` requires gas` };
  // A wallet signs whatever the action does with it: a read tag or a read word in the id cannot vouch for that.
  if (entry?.connector?.type === 'wallet') return { kind: refine('spend', type), reason: `\`${type}\` signs with a wallet connector` };
  if (entry?.operationType === 'write' && ONCHAIN_CATEGORY.test(entry.category ?? '')) {
    return { kind: refine('spend', type), reason: `\`${type}\` writes in category \`${entry.category}\`` };
  }
  const named = !entry || entry.schemaCompleteness === 'name-only' ? byName(type, entry?.category) : undefined;
  if (named) return named;
  if (isObject(node.value.connector) && node.value.connector.type === 'wallet') return { kind: refine('spend', type), reason: 'the node carries a wallet connector' };
  return undefined;
}

/** "a send", "an approval", … for messages. */
export function describeKind(kind: FundsKind): string {
  const noun: Record<FundsKind, string> = { send: 'a send', swap: 'a swap', bridge: 'a bridge', approval: 'an approval', order: 'an order', receive: 'a receive', spend: 'a wallet action' };
  return noun[kind];
}

function declaredMovement(entry: CatalogEntry | undefined): FundsKind | undefined {
  const movement = entry?.fundsMovement;
  if (typeof movement === 'string') return MOVEMENTS.has(movement) ? (movement as FundsKind) : undefined;
  if (typeof movement !== 'object' || movement === null) return undefined;
  if (Array.isArray(movement)) return movement.length > 0 ? 'send' : undefined;
  const sent = (movement as Record<string, unknown>).sent;
  if (Array.isArray(sent) ? sent.length > 0 : Object.keys(movement).length > 0) return 'send';
  return undefined;
}

/** A generic movement made precise by the id: `hyperliquid-market-order` with a wallet is an order. */
function refine(kind: FundsKind, type: string): FundsKind {
  if (kind !== 'spend' && kind !== 'send') return kind;
  return namedKind(type) ?? kind;
}

function byName(type: string, category: string | undefined): FundsClass | undefined {
  if (READ_WORD.test(type)) return undefined;
  const named = namedKind(type);
  if (named) return { kind: named, reason: `\`${type}\` is known only by name, and its id says it is ${describeKind(named)}` };
  if (category && ONCHAIN_CATEGORY.test(category)) return { kind: 'spend', reason: `\`${type}\` is known only by name, in category \`${category}\`` };
  return undefined;
}

/** A payload with a spender grants an allowance; its id may say it also swaps (`cow-swap-gasless`), and then the amount is what it sells. */
function spenderClass(type: string): FundsClass {
  const named = namedKind(type);
  if (!named || named === 'approval') return { kind: 'approval', reason: 'its payload names a spender and an amount' };
  return { kind: named, reason: `its payload names a spender and an amount, and its id says it is ${describeKind(named)}` };
}

function namedKind(type: string): FundsKind | undefined {
  return KINDS_BY_WORD.find(([word]) => word.test(type))?.[1];
}

function hasSpenderAndAmount(node: DefinitionNode): boolean {
  const payload = node.value.payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  const keys = Object.keys(payload);
  return keys.some((k) => /spender/i.test(k)) && keys.some((k) => /amount/i.test(k));
}
