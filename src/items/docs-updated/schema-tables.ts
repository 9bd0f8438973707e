import type { ReportedFinding, Reporter, RuleContext } from '../../core/rule.js';
import { findSection, type PageRow, type PageSection, type PageTable } from '../../docs/page.js';
import { headingsFor } from '../../core/settings.js';
import { requiredFlagOf, sameTypes, schemaFields, type SchemaField } from '../../docs/schema-table.js';
import { quoteText } from '../../parse/problem.js';
import { documentedTypes, isStrict, type DocumentedType } from './documented.js';
import { cellAt, columnIndex, fieldNameOf } from './table-columns.js';

/** Which schema a table documents. */
export type SchemaSide = 'payload' | 'result';

interface TableCheck {
  readonly file: string;
  readonly id: string;
  readonly side: SchemaSide;
  readonly section: PageSection;
  /** Lenient: only fields on both sides are compared, and mismatches are warnings. */
  readonly strict: boolean;
}

/**
 * Compares the Payload or Result Schema table of every page to check with the type's schema, in
 * both directions. A page whose section is missing is left to `page-sections`; a type whose schema
 * is unknown gives one unverified finding at the section heading.
 */
export async function checkSchemaTables(ctx: RuleContext, reporter: Reporter, side: SchemaSide): Promise<void> {
  for (const doc of await documentedTypes(ctx)) {
    const section = findSection(doc.page, headingsFor(ctx.settings.docs.headings, side));
    if (!section) continue;
    const schema = side === 'payload' ? doc.entry?.payloadSchema : doc.entry?.resultSchema;
    const fields = schema === undefined ? undefined : schemaFields(schema);
    if (!doc.entry || !fields) {
      reporter.report(unknownSchema(doc, section, side, schema !== undefined));
      continue;
    }
    const check = { file: doc.page.path, id: doc.id, side, section, strict: isStrict(doc.entry) };
    for (const finding of compareTable(check, fields)) reporter.report(finding);
  }
}

function unknownSchema(doc: DocumentedType, section: PageSection, side: SchemaSide, present: boolean): ReportedFinding {
  const why = !doc.entry ? `\`${doc.id}\` is not a known type` : present ? `its ${side} schema is not an object schema` : `no ${side} schema is known for \`${doc.id}\``;
  return {
    message: `the ${section.heading.text} table cannot be checked: ${why}`,
    hint: doc.entry ? `declare \`${side}Schema\` in the definition, or pin the platform catalog with \`b3os-readiness catalog pull\`` : 'check the page path and its frontmatter `type`',
    location: { file: doc.page.path, line: section.heading.line, column: section.heading.column },
    unverified: true,
  };
}

/** Every difference between a section's table and the schema's top-level fields, in page order. */
function compareTable(check: TableCheck, fields: readonly SchemaField[]): ReportedFinding[] {
  const table = check.section.tables[0];
  const heading = check.section.heading;
  if (!table) {
    if (fields.length === 0 || !check.strict) return [];
    const names = fields.map((f) => `\`${f.name}\``).join(', ');
    const message = `the ${heading.text} section has no table; the ${check.side} schema of \`${check.id}\` has ${names}`;
    return [{ message, hint: 'add a table with the columns Field, Type, Required and Description', location: { file: check.file, line: heading.line, column: heading.column } }];
  }
  const fieldColumn = columnIndex(table, 'field');
  if (fieldColumn < 0) {
    return [{ message: `the ${heading.text} table has no Field column`, hint: 'use the columns Field, Type, Required and Description', location: { file: check.file, line: table.line, column: table.column } }];
  }
  const known = new Set(fields.map((f) => f.name));
  const { rows, findings } = rowsByField(check, table.rows, fieldColumn, known);
  const columns = { type: columnIndex(table, 'type'), required: columnIndex(table, 'required') };
  findings.push(...missingColumns(check, table, columns));
  for (const field of fields) {
    const row = rows.get(field.name);
    if (row) findings.push(...compareRow(check, columns, field, row));
    else if (check.strict) findings.push(missingRow(check, field));
  }
  if (check.strict) for (const [name, row] of rows) if (!known.has(name)) findings.push(extraRow(check, name, row));
  return findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

function rowsByField(check: TableCheck, tableRows: readonly PageRow[], fieldColumn: number, known: ReadonlySet<string>) {
  const rows = new Map<string, PageRow>();
  const findings: ReportedFinding[] = [];
  for (const row of tableRows) {
    const cell = cellAt(row, fieldColumn);
    const name = cell ? fieldNameOf(cell) : '';
    if (name === '' || isNestedRow(name, known)) continue;
    if (!rows.has(name)) rows.set(name, row);
    else findings.push({ message: `the ${check.section.heading.text} table lists \`${name}\` twice`, hint: 'keep one row per field', location: { file: check.file, line: row.line, column: row.column } });
  }
  return { rows, findings };
}

/** `token.address` or `items[].id` under a documented top-level field is detail, not an extra field. */
function isNestedRow(name: string, known: ReadonlySet<string>): boolean {
  const top = /^([^.[\]]+)[.[]/.exec(name)?.[1];
  return top !== undefined && known.has(top);
}

function compareRow(check: TableCheck, columns: { type: number; required: number }, field: SchemaField, row: PageRow): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const severity = check.strict ? undefined : ('warning' as const);
  const typeCell = cellAt(row, columns.type);
  if (typeCell && field.typeText && !sameTypes(field.typeText, typeCell.text)) {
    findings.push({
      message: `\`${field.name}\` is documented as ${quoteText(typeCell.text || '(empty)')} but the ${check.side} schema of \`${check.id}\` says \`${field.typeText}\``,
      hint: `write \`${field.typeText}\` in the Type column`,
      location: { file: check.file, line: typeCell.line, column: typeCell.column },
      ...(severity ? { severity } : {}),
    });
  }
  const requiredCell = cellAt(row, columns.required);
  if (!requiredCell || field.required === 'conditional') return findings;
  const flag = requiredFlagOf(requiredCell.text);
  const expected = field.required ? 'yes' : 'no';
  if (flag === field.required) return findings;
  const message =
    flag === undefined
      ? `the Required cell of \`${field.name}\` is ${quoteText(requiredCell.text || '(empty)')}; write \`yes\` or \`no\``
      : `\`${field.name}\` is documented as required ${quoteText(requiredCell.text)} but the ${check.side} schema of \`${check.id}\` ${field.required ? 'requires it' : 'does not require it'}`;
  findings.push({ message, hint: `write \`${expected}\` in the Required column`, location: { file: check.file, line: requiredCell.line, column: requiredCell.column }, ...(severity ? { severity } : {}) });
  return findings;
}

/** A Type or Required column the table lacks (both tables have both, as the page anatomy says), at the header row. */
function missingColumns(check: TableCheck, table: PageTable, columns: { type: number; required: number }): ReportedFinding[] {
  const severity = check.strict ? {} : { severity: 'warning' as const };
  const missing = (['Type', 'Required'] as const).filter((name) => columns[name === 'Type' ? 'type' : 'required'] < 0);
  return missing.map((name) => ({
    message: `the ${check.section.heading.text} table has no ${name} column, so the ${check.side} schema's ${name === 'Type' ? 'types' : 'required flags'} of \`${check.id}\` are not documented`,
    hint: `add a ${name} column (${name === 'Type' ? 'JSON Schema type names' : '`yes` or `no`'}); the columns are Field, Type, Required and Description`,
    location: { file: check.file, line: table.line, column: table.column },
    ...severity,
  }));
}

function missingRow(check: TableCheck, field: SchemaField): ReportedFinding {
  const heading = check.section.heading;
  const required = field.required === true ? 'yes' : 'no';
  return {
    message: `the ${heading.text} table is missing \`${field.name}\`, a field of the ${check.side} schema of \`${check.id}\``,
    hint: `add the row | \`${field.name}\` | ${field.typeText ?? 'type'} | ${required} | description |`,
    location: { file: check.file, line: heading.line, column: heading.column },
  };
}

function extraRow(check: TableCheck, name: string, row: PageRow): ReportedFinding {
  return {
    message: `the ${check.section.heading.text} table lists \`${name}\`, which the ${check.side} schema of \`${check.id}\` does not have`,
    hint: `remove the row, or add \`${name}\` to the ${check.side} schema`,
    location: { file: check.file, line: row.line, column: row.column },
  };
}
