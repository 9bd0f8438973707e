/** The CLI run in process on a directory, its output captured; the run's day is fixed. */
import { runCli } from '../../src/run/cli-main.js';

/** A workflow that validates: a manual trigger and a log node. */
export const LOG_WORKFLOW = `{
  "name": "Hourly log",
  "description": "Logs on a schedule.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["say"] },
      "say": { "type": "log", "payload": { "message": "hi" } }
    }
  }
}
`;

/** The `schema.ts` of the SDK action `acme-gas-oracle` (`chainId`, a number), with `required` as given. */
export const oracleSchema = (required: string[]) => `export const payloadSchema = {
  type: 'object',
  required: ${JSON.stringify(required)},
  properties: { chainId: { type: 'number', description: 'EVM chain id' } },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: ['gwei'],
  properties: { gwei: { type: 'string', description: 'Gas price in gwei' } },
  additionalProperties: false,
} as const;
`;

/** Runs `b3os-readiness <args>` in `dir`. */
export async function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, today: '2026-11-25' });
  return { code, stdout, stderr };
}
