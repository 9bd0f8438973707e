import type { ReportedFinding } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import type { SchemaViolation } from '../../schema/ajv.js';
import { describeViolations } from '../../schema/messages.js';

/** How to word and place the violations of one validated value. */
export interface ViolationFrame {
  /** Pointer of the validated value inside its document, e.g. `/payload` or `/exampleOutput` ('' for the root). */
  readonly prefix: string;
  /** What the value is called when the violation is at its root, e.g. `the example output`. */
  readonly rootLabel: string;
  /** Where a pointer (already prefixed) is in the file. */
  locate(pointer: string, atKey: boolean): Location;
  /** Added to every message, e.g. `(result schema of \`acme-ping\`)`. */
  readonly suffix: string;
}

/**
 * One finding per schema violation, worded by `describeViolations` (values never shown: examples
 * may hold what looks like a secret) and placed at the offending value.
 */
export function violationFindings(violations: readonly SchemaViolation[], frame: ViolationFrame, hint: string): ReportedFinding[] {
  const prefixed = violations.map((v) => ({ ...v, pointer: frame.prefix + v.pointer }));
  return describeViolations(prefixed, false).map((text) => ({
    message: `${text.message.replace(/^the document\b/, frame.rootLabel)} ${frame.suffix}`,
    hint: text.hint ?? hint,
    location: frame.locate(text.pointer, text.atKey),
  }));
}
