/** HTTP plumbing of the fake GitHub API: routing, body parsing and sending. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { operations, type OperationSpec } from './spec.js';
import type { ApiResponse } from './types.js';

/** The operation whose method and path template match, with its decoded path parameters. */
export function route(method: string, pathname: string): { operation: OperationSpec; params: Record<string, string> } | undefined {
  for (const operation of operations) {
    const match = operation.method === method ? operation.pattern.exec(pathname) : null;
    if (match) {
      const params = Object.fromEntries(operation.pathParamNames.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return { operation, params };
    }
  }
  return undefined;
}

/** Stands for a request body that is not JSON. */
export const INVALID_JSON = Symbol('invalid JSON');

/** The parsed JSON body, undefined when empty, `INVALID_JSON` when it does not parse. */
export function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return INVALID_JSON;
  }
}

/** The token of an `Authorization: token …` or `Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/** The whole request body as UTF-8. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a response: JSON unless `raw` is set. */
export function send(res: ServerResponse, response: ApiResponse): void {
  const payload = response.raw ?? (response.body === undefined ? '' : JSON.stringify(response.body));
  const contentType = response.contentType ?? 'application/json; charset=utf-8';
  res.writeHead(response.status, { ...(payload ? { 'content-type': contentType } : {}), ...response.headers });
  res.end(payload);
}
