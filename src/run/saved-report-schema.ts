/**
 * Validation of a saved report (untrusted: written by a pull request's own run) against
 * schemas/report.schema.json. The schema bounds every string and list and allows no other key,
 * so what passes is plain, bounded data.
 */
import type { ValidateFunction } from 'ajv';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { createTrustedAjv } from '../schema/ajv.js';

let validate: ValidateFunction | undefined;
const MAX_PROBLEMS = 3;

/** The first few schema violations of `value` as `pointer: message` lines; empty when it is valid. */
export function validateSavedReport(value: unknown): string[] {
  validate ??= createTrustedAjv().compile(reportSchema);
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
