import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import workflowSchema from '../../schemas/workflow.schema.json' with { type: 'json' };
import manifestSchema from '../../schemas/workflow-manifest.schema.json' with { type: 'json' };
import environmentSchema from '../../schemas/environment.schema.json' with { type: 'json' };
import templateSchema from '../../schemas/template.schema.json' with { type: 'json' };

// ajv and ajv-formats are CommonJS: under ESM the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** The gate's own schemas (trusted: they ship inside the action). */
export const OWN_SCHEMAS = {
  config: configSchema,
  workflow: workflowSchema,
  manifest: manifestSchema,
  environment: environmentSchema,
  template: templateSchema,
} as const;
export type OwnSchema = keyof typeof OWN_SCHEMAS;

/** One schema violation, with the JSON pointer of the offending value. */
export interface SchemaViolation {
  readonly pointer: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
  /** The schema object that holds the failing keyword (ajv `parentSchema`). */
  readonly parentSchema?: Record<string, unknown>;
  /** The offending value (ajv `data`). */
  readonly data?: unknown;
}

let ajv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new Map<OwnSchema, ValidateFunction>();

/** Validates a value against one of the gate's own schemas. All errors, in document order. */
export function validateOwn(schema: OwnSchema, value: unknown): SchemaViolation[] {
  const validate = compiledFor(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(toViolation);
}

function compiledFor(schema: OwnSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= withOwnSchemas(createTrustedAjv());
    validate = ajv.getSchema(OWN_SCHEMAS[schema].$id);
    if (!validate) throw new Error(`own schema ${schema} is not registered`);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Registers every own schema by its `$id`, so one can `$ref` another (template → workflow definition). */
function withOwnSchemas(instance: InstanceType<typeof Ajv2020>): InstanceType<typeof Ajv2020> {
  for (const own of Object.values(OWN_SCHEMAS)) instance.addSchema(own);
  return instance;
}

/** An ajv instance for trusted schemas: strict, every error, no `$data`, formats registered. */
export function createTrustedAjv(): InstanceType<typeof Ajv2020> {
  const instance = new Ajv2020({ strict: true, allErrors: true, verbose: true, $data: false, allowUnionTypes: true });
  addFormats(instance);
  return instance;
}

/** An ajv error as a violation (shared with the untrusted-schema validator). */
export function toViolation(error: ErrorObject): SchemaViolation {
  return {
    pointer: error.instancePath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
    message: error.message ?? error.keyword,
    parentSchema: error.parentSchema as Record<string, unknown> | undefined,
    data: error.data,
  };
}
