import { canonicalJson } from '../../b3os/definition-hash.js';
import { originText, type CatalogEntry } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import type { ReportedFinding, RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { findSection, pageAnchor, type DocsPage, type PageCode } from '../../docs/page.js';
import { headingsFor } from '../../core/settings.js';
import { compileUntrusted } from '../../schema/untrusted.js';
import { definitionDocument, definitionFieldLocation } from './definition-location.js';
import { documentedTypes } from './documented.js';
import { blockLocation, exampleBlocksOf, parseJsonBlock } from './example-blocks.js';
import { violationFindings, type ViolationFrame } from './violations.js';

/** A type whose reference output is checked: its entry, and its readable page when it has one. */
export interface OutputTarget {
  readonly kind: 'action' | 'trigger';
  readonly id: string;
  readonly entry: CatalogEntry | undefined;
  readonly page?: DocsPage;
}

/** Every documented page to check, plus every affected repository action and trigger without one. */
export async function outputTargets(ctx: RuleContext): Promise<OutputTarget[]> {
  const targets: OutputTarget[] = (await documentedTypes(ctx)).map((d) => ({ kind: d.kind, id: d.id, entry: d.entry, ...(d.page.unparsed ? {} : { page: d.page }) }));
  for (const kind of ['action', 'trigger'] as const) {
    for (const object of ctx.affected.objects(kind)) {
      if (!targets.some((t) => t.id === object.id)) targets.push({ kind, id: object.id, entry: ctx.catalog.lookup(object.id) });
    }
  }
  return targets;
}

/**
 * The findings about one type's reference output: the definition's `exampleOutput` (repository
 * definitions only) and the page's output block each validate against the result schema, agree
 * with each other, and a documented repository type has at least one of them.
 */
export async function referenceOutputFindings(ctx: RuleContext, target: OutputTarget): Promise<ReportedFinding[]> {
  const entry = target.entry;
  const own = entry?.source === 'repository' && entry.exampleOutput !== undefined ? entry : undefined;
  const page = target.page;
  const block = page ? exampleBlocksOf(page, headingsFor(ctx.settings.docs.headings, 'examples')).output : undefined;
  if (!own && !block) return page && entry?.source === 'repository' ? [noReferenceOutput(ctx, target, page)] : [];
  const validate = resultValidator(target, block && page ? blockLocation(page.path, block) : await definitionFieldLocation(ctx, entry!, 'exampleOutput'));
  if (!validate.ok) return [validate.finding];
  const findings = own ? validate.run(own.exampleOutput, await definitionFrame(ctx, own, target.id)) : [];
  if (block && page) findings.push(...pageOutputFindings(target.id, page.path, block, validate, own));
  return findings;
}

function pageOutputFindings(id: string, file: string, block: PageCode, validate: Extract<Validator, { ok: true }>, own: CatalogEntry | undefined): ReportedFinding[] {
  const parsed = parseJsonBlock(block);
  if (parsed.value === undefined) {
    return parsed.problems.map((p) => ({ message: `the example output is not valid JSON: ${p.message}`, hint: 'fix the JSON of the example output', location: { file, line: p.line, column: p.column } }));
  }
  const frame: ViolationFrame = { prefix: '', rootLabel: 'the example output', suffix: `(result schema of \`${id}\`)`, locate: (p, k) => ({ file, ...(k ? parsed.locateKey(p) : parsed.locate(p)) }) };
  const findings = validate.run(parsed.value, frame);
  if (own && canonicalJson(own.exampleOutput) !== canonicalJson(parsed.value)) {
    findings.push({
      message: `the page shows a different example output than the \`exampleOutput\` of \`${id}\` in ${own.origin}`,
      hint: "copy the definition's `exampleOutput` into the page's output block, or update the definition",
      location: blockLocation(file, block),
    });
  }
  return findings;
}

type Validator =
  | { ok: true; run(value: unknown, frame: ViolationFrame): ReportedFinding[] }
  | { ok: false; finding: ReportedFinding };

function resultValidator(target: OutputTarget, where: Location): Validator {
  const schema = target.entry?.resultSchema;
  const hint = 'declare `resultSchema` in the definition, or pin the platform catalog with `b3os-readiness catalog pull`';
  if (!target.entry || schema === undefined) {
    return { ok: false, finding: { message: `the example output cannot be validated: no result schema is known for \`${target.id}\``, hint, location: where, unverified: true } };
  }
  const compiled = compileUntrusted(schema, target.entry.origin);
  if (!compiled.ok) {
    const message = `the example output cannot be validated: the result schema of \`${target.id}\` cannot be used (${compiled.reason})`;
    return { ok: false, finding: { message, hint: `fix the result schema in ${originText(target.entry)}`, location: where, unverified: true } };
  }
  return { ok: true, run: (value, frame) => violationFindings(compiled.validate(value), frame, 'make the example output match the result schema') };
}

function noReferenceOutput(ctx: RuleContext, target: OutputTarget, page: DocsPage): ReportedFinding {
  const section = findSection(page, headingsFor(ctx.settings.docs.headings, 'examples'));
  return {
    message: `\`${target.id}\` has no reference output: neither an \`exampleOutput\` in its definition nor an output block on its page`,
    hint: 'add an "Example output" heading with a ```json block of a real result, and the same value as `exampleOutput`',
    location: section ? { file: page.path, line: section.heading.line, column: section.heading.column } : pageAnchor(page),
  };
}

/** Where the definition's `exampleOutput` is: a pointer in `action.json`/`trigger.json`, or its line in an SDK `execute.ts`. */
async function definitionFrame(ctx: RuleContext, entry: CatalogEntry, id: string): Promise<ViolationFrame> {
  const base = { rootLabel: '`exampleOutput`', prefix: '/exampleOutput', suffix: `(result schema of \`${id}\`)` };
  const doc = await definitionDocument(ctx, entry);
  if (doc) return { ...base, locate: (pointer, atKey) => locationIn(doc, pointer, atKey) };
  const anchor = await definitionFieldLocation(ctx, entry, 'exampleOutput');
  return { ...base, locate: () => anchor };
}
