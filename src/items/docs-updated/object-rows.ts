import type { CatalogEntry } from '../../catalog/types.js';
import { fillPattern } from '../../core/pattern.js';
import { objectKey, type RepoObject } from '../../core/repo-index.js';
import type { ReportedFinding, Reporter, RuleContext } from '../../core/rule.js';
import type { CellStatus } from '../../core/types.js';
import { compileUntrusted } from '../../schema/untrusted.js';
import { docsPagesRequired } from '../../core/settings.js';
import { pageFindingsOf } from './docs-cell.js';
import { docsPatterns, documentedTypes, pagePathOf } from './documented.js';
import { exampleNodeFindings } from './example-node-check.js';
import { referenceOutputFindings } from './reference-output-check.js';

const NOTE_LENGTH = 120;

/**
 * Sets the `schema`, `docs` and `examples` cells of the row of every affected action and trigger
 * (the engine merges them with the `contract` cell). The docs cell fails when there is no page, or
 * when any docs-updated rule reports something in the page or the definition's docs fields.
 */
export async function reportObjectRows(ctx: RuleContext, reporter: Reporter): Promise<void> {
  if (!reporter.objectRow) return;
  const documented = await documentedTypes(ctx);
  for (const kind of ['action', 'trigger'] as const) {
    for (const object of ctx.affected.objects(kind)) {
      const entry = ctx.catalog.lookup(object.id);
      const doc = documented.find((d) => d.kind === kind && d.id === object.id && !d.page.unparsed);
      const findings = [
        ...(doc ? exampleNodeFindings(doc, ctx.settings.docs.headings) : []),
        ...(await referenceOutputFindings(ctx, { kind, id: object.id, entry, ...(doc ? { page: doc.page } : {}) })),
      ];
      const change = ctx.base?.index.objects.has(objectKey(kind, object.id)) ? 'changed' : 'new';
      const evidence = doc !== undefined || (entry?.source === 'repository' && entry.exampleOutput !== undefined);
      const page = pagePathOf(ctx, kind, object.id);
      const docs = page === undefined ? missingPage(ctx, kind, object.id) : await docsCell(ctx, object, page, findings);
      reporter.objectRow({ type: object.id, kind, change, schema: schemaCell(entry), docs, examples: findingsCell(findings, evidence) });
    }
  }
}

/** `ok` when both schemas are known and compile; `incomplete` when one is unknown; `fail` when one cannot be used. */
export function schemaCell(entry: CatalogEntry | undefined): CellStatus {
  for (const side of ['payload', 'result'] as const) {
    const schema = side === 'payload' ? entry?.payloadSchema : entry?.resultSchema;
    if (!entry || schema === undefined) return { status: 'incomplete', note: `no ${side} schema` };
    const compiled = compileUntrusted(schema, entry.origin);
    if (!compiled.ok) return { status: 'fail', note: shorten(`${side} schema: ${compiled.reason}`) };
  }
  return { status: 'ok' };
}

/** The page path when nothing is reported about the page; else the first failing or unverified finding. */
async function docsCell(ctx: RuleContext, object: RepoObject, page: string, exampleFindings: readonly ReportedFinding[]): Promise<CellStatus> {
  const files = new Set([page, ...object.files]);
  const findings = [...(await pageFindingsOf(ctx, object, page)), ...exampleFindings.filter((f) => f.location !== undefined && files.has(f.location.file))];
  const cell = findingsCell(findings, true);
  return cell.status === 'ok' ? { status: 'ok', note: page } : cell;
}

function missingPage(ctx: RuleContext, kind: 'action' | 'trigger', id: string): CellStatus {
  if (!docsPagesRequired(ctx.settings)) return { status: 'n/a', note: 'the docs site generates the page' };
  const expected = docsPatterns(ctx, kind).map((p) => fillPattern(p, id))[0];
  return { status: 'fail', note: `no page at \`${expected}\`` };
}

/** `fail` on any error finding, `incomplete` on an unverified one, `ok` when something was checked, else `n/a`. */
export function findingsCell(findings: readonly ReportedFinding[], checked: boolean): CellStatus {
  const failing = findings.find((f) => !f.unverified && (f.severity ?? 'error') === 'error');
  if (failing) return { status: 'fail', note: shorten(failing.message) };
  const unverified = findings.find((f) => f.unverified);
  if (unverified) return { status: 'incomplete', note: shorten(unverified.message) };
  return checked ? { status: 'ok' } : { status: 'n/a' };
}

function shorten(text: string): string {
  return text.length > NOTE_LENGTH ? `${text.slice(0, NOTE_LENGTH - 1)}…` : text;
}
