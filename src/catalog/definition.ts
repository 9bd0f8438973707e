import type { ErrorObject } from 'ajv/dist/2020.js';
import { actionFields, pinnedFile, triggerFields, type StandaloneValidate } from '../schema/generated/own-validators.js';
import type { CatalogEntry, CatalogProblem, CatalogSource, NodeKind } from './types.js';

/** Which part of schemas/pinned-catalog.schema.json to validate against. */
export type DefinitionShape = 'pinned-file' | 'action-fields' | 'trigger-fields';

/** Compiled when the action is built (scripts/build-validators.mjs). */
const VALIDATORS: Record<DefinitionShape, StandaloneValidate> = {
  'pinned-file': pinnedFile,
  'action-fields': actionFields,
  'trigger-fields': triggerFields,
};

/** Shape problems of a definition (or of a whole pinned file), one per ajv error, in document order. */
export function shapeProblems(shape: DefinitionShape, value: unknown): CatalogProblem[] {
  const validate = VALIDATORS[shape];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({ pointer: error.instancePath, message: describe(error) }));
}

function describe(error: ErrorObject): string {
  const subject = label(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${subject} is missing the required property \`${String(params.missingProperty)}\``;
    case 'type':
      return `${subject} must be ${String(params.type).split(',').join(' or ')}`;
    case 'pattern':
      return `${subject} must match ${String(params.pattern)}`;
    case 'format':
      return `${subject} must be a ${String(params.format)} string`;
    default:
      return `${subject} ${error.message ?? `fails ${error.keyword}`}`;
  }
}

function label(pointer: string): string {
  const last = pointer.split('/').pop() ?? '';
  if (pointer === '') return 'the catalog file';
  if (/^\d+$/.test(last)) return 'the entry';
  return `\`${last.replace(/~1/g, '/').replace(/~0/g, '~')}\``;
}

/** What every entry built from a definition record needs besides the record itself. */
export interface EntryBase {
  readonly type: string;
  readonly kind: NodeKind;
  readonly source: CatalogSource;
  readonly origin: string;
  readonly notes?: readonly string[];
}

/**
 * A catalog entry from an ActionDefinition / TriggerDefinition-like record. Fields of the wrong
 * type are left out (their problems are reported by `shapeProblems`); `null` counts as absent.
 * 'complete' when there is a payload schema, else 'name-only'.
 */
export function definitionToEntry(record: Readonly<Record<string, unknown>>, base: EntryBase): CatalogEntry {
  const payloadSchema = objectOrUndefined(record.payloadSchema);
  const resultSchema = objectOrUndefined(record.resultSchema);
  const waitPayloadSchema = objectOrUndefined(record.waitPayloadSchema);
  const connectorType = objectOrUndefined(record.connector)?.type;
  return {
    type: base.type,
    kind: base.kind,
    ...textField('name', record.name),
    ...textField('category', record.category),
    source: base.source,
    origin: base.origin,
    ...(payloadSchema ? { payloadSchema } : {}),
    ...(resultSchema ? { resultSchema } : {}),
    ...(waitPayloadSchema ? { waitPayloadSchema } : {}),
    schemaCompleteness: payloadSchema ? 'complete' : 'name-only',
    ...(typeof connectorType === 'string' && connectorType !== '' ? { connector: { type: connectorType } } : {}),
    ...(typeof record.requiresGas === 'boolean' ? { requiresGas: record.requiresGas } : {}),
    ...(record.fundsMovement !== undefined && record.fundsMovement !== null ? { fundsMovement: record.fundsMovement } : {}),
    ...textField('documentationUrl', record.documentationUrl),
    ...textField('operationType', record.operationType),
    ...tagsField(record.tags),
    ...(record.exampleOutput !== undefined ? { exampleOutput: record.exampleOutput } : {}),
    ...(base.notes && base.notes.length > 0 ? { notes: base.notes } : {}),
  };
}

/** The value as a plain object record, or undefined for arrays, null and primitives. */
export function objectOrUndefined(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function tagsField(value: unknown): { tags?: string[] } {
  const tags = Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  return tags.length ? { tags } : {};
}

function textField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {};
}
