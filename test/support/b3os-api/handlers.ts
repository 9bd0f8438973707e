/**
 * The fake's default behaviour per operation: the catalog endpoints over `CatalogState`, and
 * validation through a `ValidateHandler` (by default a small realistic validator).
 */
import type { ApiRequest, ApiResponse, CatalogState, Definition, ServedOperation, ValidateHandler, ValidationErrorItem, ValidationResult } from './types.js';

let requestCount = 0;

/** A success envelope `{code, message, data, requestId}`, as the API sends it. */
export function envelope(data: unknown, code = 0, message = 'successfully'): ApiResponse {
  return { status: 200, body: { code, message, data, requestId: `req-${++requestCount}` } };
}

/** An `ErrorResponse` with the given status (and application code, default the status). */
export function errorResponse(status: number, message: string, code = status): ApiResponse {
  return { status, body: { code, message, details: [], requestId: `req-${++requestCount}` } };
}

/** The default answer of a served operation. */
export function defaultResponse(operation: ServedOperation, request: ApiRequest, catalog: CatalogState, validate: ValidateHandler): ApiResponse {
  switch (operation) {
    case 'GET /v1/actions':
      return envelope(withTags(catalog.actions, request.query.tags));
    case 'GET /v1/logic-actions':
      return envelope(catalog.logicActions);
    case 'GET /v1/triggers':
      return envelope(withTags(catalog.triggers, request.query.tags));
    case 'GET /v1/actions/{type}':
      return found([...catalog.actions, ...catalog.logicActions], request.params.type, 'action');
    case 'GET /v1/triggers/{type}':
      return found(catalog.triggers, request.params.type, 'trigger');
    case 'POST /v1/workflows/validate':
      return validateResponse(request.body, catalog, validate);
  }
}

/** Tags filter: comma-separated or repeated, every tag required (AND). */
function withTags(definitions: readonly Definition[], tags: readonly string[] | undefined): Definition[] {
  const wanted = (tags ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  return definitions.filter((d) => wanted.every((tag) => Array.isArray(d.tags) && d.tags.includes(tag)));
}

function found(definitions: readonly Definition[], type: string | undefined, kind: string): ApiResponse {
  const definition = definitions.find((d) => d.type === type);
  return definition ? envelope(definition) : errorResponse(404, `${kind} type "${type}" not found`);
}

function validateResponse(body: unknown, catalog: CatalogState, validate: ValidateHandler): ApiResponse {
  // The body already matched ValidateWorkflowParams: `definition.nodes` is an object.
  const params = body as { name?: string; definition: { nodes: Record<string, unknown> } };
  if (Object.keys(params.definition.nodes).length === 0) return errorResponse(400, 'invalid workflow definition: no nodes', 400228);
  return envelope(validate(params, catalog), 200, 'success');
}

/**
 * A small stand-in for the platform's validation: a name is required, every node type must be in
 * the catalog, every `required` payload field of its schema present, every child an existing node.
 */
export const defaultValidate: ValidateHandler = (params, catalog) => {
  const errors: ValidationErrorItem[] = [];
  if (!params.name?.trim()) errors.push({ type: 'name', message: 'Workflow name is required', code: 'name_required' });
  const nodes = params.definition.nodes as Record<string, { type?: string; payload?: Record<string, unknown>; children?: unknown }>;
  const known = [...catalog.actions, ...catalog.logicActions, ...catalog.triggers];
  for (const [nodeId, node] of Object.entries(nodes)) {
    const definition = known.find((d) => d.type === node.type);
    if (!definition) {
      errors.push({ type: 'nodes', nodeId, message: `Unknown node type "${String(node.type)}"`, code: 'unknown_node_type' });
      continue;
    }
    const required = (definition.payloadSchema as { required?: string[] } | undefined)?.required ?? [];
    for (const field of required.filter((f) => !Object.hasOwn(node.payload ?? {}, f))) {
      errors.push({ type: 'nodes', nodeId, field, message: `Missing required field "${field}"`, code: 'missing_required_field' });
    }
    for (const child of Array.isArray(node.children) ? node.children : []) {
      if (!Object.hasOwn(nodes, String(child))) errors.push({ type: 'connectivity', nodeId, message: `Child node "${String(child)}" does not exist`, code: 'unknown_child' });
    }
  }
  return { valid: errors.length === 0, errors } satisfies ValidationResult;
};
