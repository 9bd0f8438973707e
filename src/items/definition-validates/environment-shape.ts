import { defineRule } from '../../core/rule.js';
import { readinessFiles, readinessFindings } from './readiness-files.js';

/** An environment inventory parses and matches `schemas/environment.schema.json`. */
export const environmentShape = defineRule(
  {
    id: 'definition-validates/environment-shape',
    description: 'an environment inventory (environments/<env>.yaml) parses and matches schemas/environment.schema.json',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const found of (await readinessFiles(ctx)).environments.values()) readinessFindings(found).forEach(report);
  },
);
