import { escapeSegment, isObject } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import type { PlatformPort, PlatformValidationError } from '../../core/platform.js';
import { defineRule, type ReportedFinding } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import type { JsonValue, ParsedDocument } from '../../parse/document.js';
import { arrayIndexOf, segmentsOf } from '../../parse/pointer.js';
import { affectedDefinitionFiles } from './files.js';
import { isLegacyDefinition } from '../../b3os/legacy.js';

const MAX_MESSAGE = 300;

/**
 * Online: `POST /v1/workflows/validate` for every affected workflow that parsed (legacy-format
 * files are left to `legacy-format`), each `ValidationErrorItem` an error at its node's payload
 * field, its node, `name` or `definition`. A failed call is one unverified finding per file (item
 * incomplete); after a failure other than a 400 the remaining files are not sent. Offline, or
 * without an API key, the rule does nothing.
 */
export const platformValidation = defineRule(
  {
    id: 'definition-validates/platform-validation',
    description: 'the B3OS API validates every affected workflow (online, with b3os-api-url and b3os-api-key)',
    severity: 'error',
  },
  async (ctx, { report }) => {
    const platform = ctx.platform;
    if (!platform?.validateWorkflow) return;
    let outage: string | undefined;
    for (const { id, doc } of await affectedDefinitionFiles(ctx, ['workflow'])) {
      const body = requestOf(doc.value, id);
      if (!body || isLegacyDefinition(doc.value)) continue;
      const outcome = outage === undefined ? await validate(platform, body) : { failure: outage };
      if ('failure' in outcome) {
        if (!outcome.perFile) outage = outcome.failure;
        report(unverified(doc, outcome.failure));
        continue;
      }
      for (const error of outcome.errors) report(findingOf(doc, error));
      if (!outcome.valid && outcome.errors.length === 0) report(findingOf(doc, { type: 'root', message: 'the workflow is invalid (no details given)' }));
    }
  },
);

type Outcome = { valid: boolean; errors: PlatformValidationError[] } | { failure: string; perFile?: boolean };

async function validate(platform: PlatformPort, body: { name: string; definition: unknown }): Promise<Outcome> {
  try {
    return await platform.validateWorkflow!(body);
  } catch (error) {
    // A 400 is about this file's definition; anything else (outage, bad key) would repeat for every file.
    const perFile = (error as { status?: unknown }).status === 400;
    return { failure: error instanceof Error ? error.message : String(error), perFile };
  }
}

/** `{ name, definition }`: the file's `name`, else the workflow id (the API requires a name). */
function requestOf(file: JsonValue | undefined, id: string): { name: string; definition: unknown } | undefined {
  if (!isObject(file) || !isObject(file.definition)) return undefined;
  const name = typeof file.name === 'string' && file.name.trim() !== '' ? file.name : id;
  return { name, definition: file.definition };
}

function unverified(doc: ParsedDocument, reason: string): ReportedFinding {
  return {
    message: `online validation failed: ${clip(reason)}`,
    hint: 'run the check again once the B3OS API answers; if it keeps failing, check `b3os-api-url` and the `b3os-api-key` secret',
    location: locationIn(doc, '/definition', true),
    unverified: true,
  };
}

function findingOf(doc: ParsedDocument, error: PlatformValidationError): ReportedFinding {
  const subject = error.nodeId === undefined ? 'the B3OS API reports' : `node \`${error.nodeId}\``;
  const code = error.code ? ` [${error.code}]` : '';
  const field = error.field ? ` (\`${error.field}\`)` : '';
  return {
    message: `${subject}: ${sentence(error.message)}${code}`,
    hint: `fix the ${error.nodeId === undefined ? 'workflow' : `node \`${error.nodeId}\``}${field} as the platform's validation says, then push again`,
    location: locate(doc, error),
  };
}

/** The payload field, else the node's own key, else the node, else `name` or `definition`. */
function locate(doc: ParsedDocument, error: PlatformValidationError): Location {
  const node = error.nodeId === undefined ? undefined : `/definition/nodes/${escapeSegment(error.nodeId)}`;
  if (node !== undefined && exists(doc.value, node)) {
    const found = fieldPointers(node, error.field).find((pointer) => exists(doc.value, pointer));
    return found ? locationIn(doc, found) : locationIn(doc, node, true);
  }
  if (error.type === 'name' && exists(doc.value, '/name')) return locationIn(doc, '/name');
  return locationIn(doc, '/definition', true);
}

/**
 * Where a field may be, most specific first: `amount`, `payload.amount` or `recipients[0].address`
 * inside the payload, else a key of the node itself (`connector`, `children`).
 */
function fieldPointers(node: string, field: string | undefined): string[] {
  const segments = (field ?? '').replace(/\[(\d+)\]/g, '.$1').split('.').filter((s) => s !== '').map(escapeSegment);
  if (segments.length === 0) return [];
  const inPayload = segments[0] === 'payload' ? segments.slice(1) : segments;
  return [...(inPayload.length > 0 ? [`${node}/payload/${inPayload.join('/')}`] : []), `${node}/${segments.join('/')}`];
}

function exists(value: JsonValue | undefined, pointer: string): boolean {
  let current: JsonValue | undefined = value;
  for (const segment of segmentsOf(pointer) ?? []) {
    if (Array.isArray(current)) {
      const index = arrayIndexOf(segment, current.length);
      current = index === undefined ? undefined : current[index];
    } else {
      current = isObject(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
  }
  return current !== undefined;
}

/** The API's message in the house style: trimmed, no trailing period, lowercase start unless an acronym. */
function sentence(message: string): string {
  const text = clip(message).replace(/[.\s]+$/, '');
  return /^[A-Z][a-z]/.test(text) ? `${text[0].toLowerCase()}${text.slice(1)}` : text;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine;
}
