import { definitionToEntry, objectOrUndefined, shapeProblems } from './definition.js';
import { sdkIdViolation } from './node-id.js';
import { extractSdkMetadata } from './sdk-metadata.js';
import { extractFolderSchemas } from './sdk-schema.js';
import type { CatalogEntry, CatalogProblem } from './types.js';

/** A repository definition read as data, and what was wrong with it. */
export interface DefinitionRead {
  readonly entry?: CatalogEntry;
  readonly problems: CatalogProblem[];
}

/** The sources of an SDK action folder that the catalog reads (as text, never executed). */
export interface SdkActionFiles {
  readonly schemaTs?: string;
  readonly executeTs?: string;
  /**
   * The other modules directly in the folder, by name (`shared.ts`, `schema.js`): imports are followed into
   * the TypeScript ones only; a `.js`/`.mjs`/`.cjs` beside a `.ts` of the same name leaves the schemas unverified.
   */
  readonly siblings?: ReadonlyMap<string, string>;
}

/**
 * An `actions/<id>/action.json` definition (product.md fields). `type` must equal the folder id
 * `idFromPath` and satisfy the SDK id rule (problems at /type); fields of the wrong type are
 * problems at their pointer and are left out. The entry keeps the declared type (the folder id
 * when `type` is missing) so a bad id gives one finding, not a cascade of unknown-type findings.
 * No entry only when the file is not a JSON object.
 */
export function actionJsonEntry(value: unknown, file: string, idFromPath: string): DefinitionRead {
  return jsonDefinition(value, file, idFromPath, 'action');
}

/** A `triggers/<type>/trigger.json` definition, with the same rules as `actionJsonEntry`. */
export function triggerJsonEntry(value: unknown, file: string, idFromPath: string): DefinitionRead {
  return jsonDefinition(value, file, idFromPath, 'trigger');
}

function jsonDefinition(value: unknown, file: string, idFromPath: string, kind: 'action' | 'trigger'): DefinitionRead {
  const record = objectOrUndefined(value);
  if (!record) return { problems: [{ pointer: '', message: `${file} must hold a JSON object` }] };
  const problems = typeProblems(record.type, idFromPath);
  problems.push(...shapeProblems(kind === 'action' ? 'action-fields' : 'trigger-fields', record));
  const type = typeof record.type === 'string' && record.type !== '' ? record.type : idFromPath;
  return { entry: definitionToEntry(record, { type, kind, source: 'repository', origin: file }), problems };
}

function typeProblems(type: unknown, idFromPath: string): CatalogProblem[] {
  if (type === undefined) return [{ pointer: '', message: `the definition is missing \`type\`; set it to its folder id \`${idFromPath}\`` }];
  if (typeof type !== 'string') return [{ pointer: '/type', message: '`type` must be a string' }];
  const problems: CatalogProblem[] = [];
  if (type !== idFromPath) problems.push({ pointer: '/type', message: `type \`${type}\` does not match its folder id \`${idFromPath}\`` });
  const violation = sdkIdViolation(type);
  if (violation) problems.push({ pointer: '/type', message: violation });
  return problems;
}

/**
 * An SDK action found by its folder (`packages/sdk/actions/<id>`): at least a name-only entry with
 * source 'repository' and origin `folder`. Schemas come from `schema.ts` and metadata (name,
 * description, category, connector, documentationUrl, exampleUsage.exampleOutput) from `execute.ts`,
 * both by static reading only. 'complete' when the payload schema was extracted, else 'name-only'.
 * Problems carry the file they are in.
 */
export function sdkActionEntry(id: string, files: SdkActionFiles, folder: string): { entry: CatalogEntry; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const violation = sdkIdViolation(id);
  if (violation) problems.push({ pointer: '', file: folder, message: violation });
  const schemaFile = `${folder}/schema.ts`;
  const schemas = files.schemaTs === undefined ? { problems: [] } : extractFolderSchemas({ path: folder, sources: folderSources(files) });
  if (files.schemaTs === undefined) problems.push({ pointer: '', file: folder, message: `${folder} has no schema.ts` });
  problems.push(...schemas.problems);
  const read = files.executeTs === undefined ? undefined : extractSdkMetadata(files.executeTs, `${folder}/execute.ts`, id);
  problems.push(...(read?.problems ?? []));
  const { payloadSchema, resultSchema } = schemas as { payloadSchema?: object; resultSchema?: object };
  // CatalogEntry has no description field; the metadata description stays with extractSdkMetadata.
  const { description: _description, ...metadata } = read?.metadata ?? {};
  const entry: CatalogEntry = {
    type: id,
    kind: 'action',
    ...metadata,
    source: 'repository',
    origin: folder,
    ...(payloadSchema ? { payloadSchema } : {}),
    ...(resultSchema ? { resultSchema } : {}),
    schemaCompleteness: payloadSchema ? 'complete' : 'name-only',
  };
  return { entry, problems };
}

function folderSources(files: SdkActionFiles): Map<string, string> {
  const sources = new Map(files.siblings ?? []);
  if (files.schemaTs !== undefined) sources.set('schema.ts', files.schemaTs);
  if (files.executeTs !== undefined) sources.set('execute.ts', files.executeTs);
  return sources;
}
