import { defineRule } from '../../core/rule.js';
import { readinessFiles, readinessFindings } from './readiness-files.js';

/** A readiness manifest parses and matches `schemas/workflow-manifest.schema.json`. */
export const manifestShape = defineRule(
  {
    id: 'definition-validates/manifest-shape',
    description: 'a readiness manifest (b3os.yaml) parses and matches schemas/workflow-manifest.schema.json',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const found of (await readinessFiles(ctx)).manifests.values()) readinessFindings(found).forEach(report);
  },
);
