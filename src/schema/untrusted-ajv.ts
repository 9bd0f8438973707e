import AjvModule, { type Options } from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import { SAFE_FORMATS } from './formats.js';
import { re2Engine } from './re2-engine.js';

/** The JSON Schema dialects an untrusted schema may declare in `$schema` (draft-07 when absent). */
export type Dialect = 'draft-07' | '2019-09' | '2020-12';

/** An ajv instance of any dialect. */
export type UntrustedAjv = InstanceType<typeof AjvModule.default> | InstanceType<typeof Ajv2020Module.default> | InstanceType<typeof Ajv2019Module.default>;

/** Annotation keywords of B3OS/SDK schemas (b3os-platform.md §4.1 `SchemaProperty`) that strict mode must accept. */
const ANNOTATIONS = ['enumNames'];

const OPTIONS: Options = {
  strict: true,
  // Platform schemas are loose: `required` without `properties`, untyped properties, open tuples.
  strictRequired: false,
  strictTypes: false,
  strictTuples: false,
  allowUnionTypes: true,
  // Strict mode would test `patternProperties` against `properties` names with native RegExp.
  allowMatchingProperties: true,
  allErrors: true,
  verbose: true,
  $data: false,
  ownProperties: true,
  validateFormats: true,
  formats: { ...SAFE_FORMATS },
  code: { regExp: re2Engine },
  logger: false,
};

/** The dialect a schema declares; any other `$schema` maps to draft-07, whose ajv then refuses it. */
export function dialectOf(schema: unknown): Dialect {
  const declared = typeof schema === 'object' && schema !== null ? (schema as Record<string, unknown>).$schema : undefined;
  if (typeof declared !== 'string') return 'draft-07';
  if (declared.includes('2020-12')) return '2020-12';
  return declared.includes('2019-09') ? '2019-09' : 'draft-07';
}

/**
 * A new ajv for untrusted schemas (threats.md §4): strict (except the checks loose platform
 * schemas fail), all errors with data, no `$data`, no schema loading (no `loadSchema`), linear-time
 * patterns (re2js), safe formats only, and the B3OS annotation keywords.
 */
export function createUntrustedAjv(dialect: Dialect): UntrustedAjv {
  const Ctor = dialect === '2020-12' ? Ajv2020Module.default : dialect === '2019-09' ? Ajv2019Module.default : AjvModule.default;
  const ajv = new Ctor(OPTIONS);
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
