import Ajv2020Module, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import * as generated from './generated/own-validators.js';
import type { StandaloneValidate } from './generated/own-validators.js';
import trustedOptions from './trusted-options.json' with { type: 'json' };

// ajv and ajv-formats are CommonJS: under ESM the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/**
 * The gate's own schemas (trusted: they ship inside the action), compiled when the action is built
 * (scripts/build-validators.mjs), so a run never compiles them.
 */
const OWN_VALIDATORS = {
  config: generated.config,
  workflow: generated.workflow,
  manifest: generated.manifest,
  environment: generated.environment,
  template: generated.template,
} as const satisfies Record<string, StandaloneValidate>;
export type OwnSchema = keyof typeof OWN_VALIDATORS;

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

/** Validates a value against one of the gate's own schemas. All errors, in document order. */
export function validateOwn(schema: OwnSchema, value: unknown): SchemaViolation[] {
  const validate = OWN_VALIDATORS[schema];
  if (validate(value)) return [];
  return (validate.errors ?? []).map(toViolation);
}

/**
 * An ajv instance for trusted schemas compiled at run time (the saved report's): strict, every
 * error, no `$data`, formats registered; the options the own schemas were compiled with.
 */
export function createTrustedAjv(): InstanceType<typeof Ajv2020> {
  const instance = new Ajv2020({ ...trustedOptions });
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
