/**
 * A workflow whose `n` log nodes each lack their required `message`: `n` payload findings, plus
 * one for the readiness manifest it does not have.
 */
export function workflowWithFindings(n: number): string {
  const nodes: Record<string, unknown> = { root: { type: 'manual', payload: {}, children: Array.from({ length: n }, (_, i) => `n${i}`) } };
  for (let i = 0; i < n; i++) nodes[`n${i}`] = { type: 'log', payload: {} };
  return `${JSON.stringify({ name: 'Many', description: 'Logs a lot.', definition: { nodes } }, null, 2)}\n`;
}
