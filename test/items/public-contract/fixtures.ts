/** Small B3OS repositories for the public-contract rule tables. */

export const ACTION_FILE = 'actions/acme-quote/action.json';
export const PAGE_FILE = 'docs/actions/reference/generated/acme-quote.md';
export const WORKFLOW_FILE = 'workflows/quote/workflow.json';

export const PAYLOAD = { type: 'object', required: ['token'], properties: { token: { type: 'string' }, side: { type: 'string', enum: ['buy', 'sell'] } }, additionalProperties: false };
export const RESULT = { type: 'object', required: ['price'], properties: { price: { type: 'string' }, venue: { type: 'string' } } };

/** An `action.json` (compact: one line per top-level key, so positions are easy to count). */
export function action(overrides: { type?: string; payloadSchema?: object; resultSchema?: object; kind?: 'action' | 'trigger' } = {}): string {
  const record = { type: overrides.type ?? 'acme-quote', name: 'Acme quote', payloadSchema: overrides.payloadSchema ?? PAYLOAD, resultSchema: overrides.resultSchema ?? RESULT };
  return `{\n${Object.entries(record).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`;
}

/** A workflow whose node `q` has the type and payload given, and node `say` logs `message`. */
export function workflow(type: string, payload: object, message = 'done'): string {
  return `{
  "name": "Quote",
  "description": "Quotes.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["q"] },
      "q": { "type": "${type}", "payload": ${JSON.stringify(payload)}, "children": ["say"] },
      "say": { "type": "log", "payload": { "message": "${message}" } }
    }
  }
}
`;
}

export const PAGE = '---\ntitle: Acme quote\ntype: acme-quote\n---\n\n# Acme quote\n';
export const CHANGELOG = '# Changelog\n\n- `acme-quote`: first release.\n';

/** The base repository: the action, its page, a changelog and one workflow using it. */
export function baseRepo(extra: Record<string, string> = {}): Record<string, string> {
  return { [ACTION_FILE]: action(), [PAGE_FILE]: PAGE, 'CHANGELOG.md': CHANGELOG, [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc', side: 'sell' }, 'price {{$nodes.q.result.price}}'), ...extra };
}

/** A pinned catalog with the given actions (type → payload schema). */
export function catalog(actions: Record<string, object>): string {
  const list = Object.entries(actions).map(([type, payloadSchema]) => ({ type, name: type, payloadSchema, resultSchema: { type: 'object', properties: {} } }));
  return `${JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: list, logicActions: [], triggers: [] }, null, 2)}\n`;
}
