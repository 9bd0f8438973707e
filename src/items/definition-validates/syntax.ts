import { fromSpan, startOf } from '../../core/locate.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import type { Severity } from '../../core/types.js';
import type { ParsedDocument, ParseProblemCode } from '../../parse/document.js';
import { DEFINITION_KINDS, notRegularFiles } from './files.js';

/** Problems that hide content from review but leave the value usable are still errors, except look-alike characters. */
const SEVERITY: Partial<Record<ParseProblemCode, Severity>> = { bidi: 'warning' };

/** Limits the gate sets, not the platform: such a file is not wrong, only unchecked (item incomplete). */
const OVER_A_LIMIT: ReadonlySet<ParseProblemCode> = new Set(['too-large', 'too-deep', 'too-many-nodes', 'alias']);

/** Every problem the parser found in a definition file, at its exact position. */
export const syntax = defineFileRule(
  {
    id: 'definition-validates/syntax',
    description: 'definition files parse: valid JSON or YAML, no duplicate keys, within the size, depth and encoding limits',
    severity: 'error',
  },
  {
    kinds: DEFINITION_KINDS,
    before: (ctx, { report }) => {
      for (const { path, kind } of notRegularFiles(ctx)) {
        report({
          message: `\`${path}\` is a ${kind}; it is not followed, and nothing it holds is validated`,
          hint: 'commit the file itself at this path',
          location: startOf(path),
        });
      }
    },
    check: ({ doc }, _ctx, { report }) => parseFindings(doc).forEach(report),
  },
);

/** One finding per problem the parser found in a file: over a limit is unverified, look-alike characters a warning. */
export function parseFindings(doc: ParsedDocument): ReportedFinding[] {
  return doc.problems.map((problem) => ({
    message: problem.message,
    hint: problem.hint,
    location: fromSpan(doc.path, problem.span),
    severity: SEVERITY[problem.code] ?? 'error',
    ...(OVER_A_LIMIT.has(problem.code) ? { unverified: true as const } : {}),
  }));
}
