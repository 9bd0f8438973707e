/** Names of well-known chains by EVM chain id (chainlist.org), for people reading a report. */
const CHAIN_NAMES: ReadonlyMap<number, string> = new Map([
  [1, 'Ethereum'],
  [10, 'Optimism'],
  [56, 'BNB Chain'],
  [100, 'Gnosis'],
  [137, 'Polygon'],
  [324, 'zkSync Era'],
  [8453, 'Base'],
  [42161, 'Arbitrum One'],
  [43114, 'Avalanche'],
  [59144, 'Linea'],
  [81457, 'Blast'],
  [84532, 'Base Sepolia'],
  [11155111, 'Sepolia'],
]);

/** "Base (8453)" for a known chain id, the id alone otherwise. */
export function chainLabel(id: string): string {
  const name = /^[0-9]{1,15}$/.test(id) ? CHAIN_NAMES.get(Number(id)) : undefined;
  return name ? `${name} (${id})` : id;
}
