/**
 * The findings that make a workflow unverified for an item because an input it reads cannot be
 * read: the workflow file, its manifest, its environment inventory. The findings of the input
 * itself are definition-validates'; these only say what could not be checked, and why.
 */
import { fromSpan, startOf } from '../core/locate.js';
import type { ReportedFinding } from '../core/rule.js';
import type { CheckedWorkflow } from './checked-workflows.js';

/** The workflow file cannot be read as a definition, so `what` (e.g. "its wait nodes") cannot be checked. */
export function unreadableWorkflow(workflow: CheckedWorkflow, what: string): ReportedFinding {
  const problem = workflow.doc?.problems.find((p) => p.fatal);
  return {
    message: `workflow \`${workflow.slug}\` cannot be read as a definition, so ${what} cannot be checked`,
    hint: 'fix the definition-validates findings of this file',
    location: problem ? fromSpan(workflow.file, problem.span) : startOf(workflow.file),
    unverified: true,
  };
}

/** The manifest at `path` does not match its schema, so `what` cannot be checked. */
export function invalidManifest(path: string, what: string): ReportedFinding {
  return {
    message: `manifest \`${path}\` does not match its schema, so ${what} cannot be checked`,
    hint: 'fix the definition-validates/manifest-shape findings of this file',
    location: startOf(path),
    unverified: true,
  };
}

/** The environment inventory at `path` does not match its schema, so its execution webhooks cannot be checked. */
export function invalidEnvironment(path: string): ReportedFinding {
  return {
    message: `environment \`${path}\` does not match its schema, so its execution webhooks cannot be checked`,
    hint: 'fix the definition-validates/environment-shape findings of this file',
    location: startOf(path),
    unverified: true,
  };
}
