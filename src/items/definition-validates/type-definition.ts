import { isObject } from '../../b3os/definition.js';
import { pinnedFileEntries, readObjects } from '../../core/catalog-loader.js';
import { shippedEntries } from '../../catalog/shipped.js';
import { locationIn, startOf } from '../../core/locate.js';
import { entriesByType } from '../../core/affected.js';
import { defineRule, type ReportedFinding, type RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { originText, type CatalogProblem } from '../../catalog/types.js';

/**
 * Every affected action and trigger definition, and the pinned catalog, reads as data. A definition
 * that does not is left out of the catalog (or kept by name only), so without this rule its
 * problems would only show as unknown types far away in the workflows that use it.
 */
export const typeDefinition = defineRule(
  {
    id: 'definition-validates/type-definition',
    description: 'every action and trigger definition and the pinned catalog read as data: right shape, id rule, static literals',
    severity: 'error',
  },
  async (ctx, { report }) => {
    const objects = (['action', 'trigger', 'catalog'] as const).flatMap((kind) => ctx.affected.objects(kind));
    const platform = new Map([...shippedEntries(), ...(await pinnedFileEntries(ctx.head))].map((entry) => [entry.type, entry]));
    for (const file of ctx.affected.objects('catalog').flatMap((o) => o.files)) {
      const edited = await handEdited(ctx, file);
      if (edited) report(edited);
    }
    for (const read of await readObjects(ctx.head, ctx.settings, objects)) {
      // The SDK repository is where platform actions are written: its folders are their definitions.
      const sdkRepository = ctx.settings.preset === 'b3os-sdk';
      const owner = read.object.kind === 'catalog' || sdkRepository ? undefined : platform.get(read.object.id);
      if (owner) {
        // Repository definitions come first in the lookup: this one would replace the platform's schema.
        report({
          message: `\`${read.object.id}\` is a platform ${owner.kind === 'trigger' ? 'trigger' : 'action'} (${originText(owner)}); a repository definition of it would replace the platform's schema for every workflow`,
          hint: 'give your action or trigger an id of its own; platform types are pinned with `b3os-readiness catalog pull`',
          location: await problemLocation(ctx, read.file, { pointer: '/type', message: '' }),
        });
      }
      for (const problem of read.problems) {
        report({
          message: problem.message,
          hint: hintFor(problem, read.object.kind),
          location: await problemLocation(ctx, read.file, problem),
          ...(problem.unverified ? { unverified: true } : {}),
        });
      }
    }
  },
);

/**
 * A pinned catalog whose entries changed while `fetchedAt` did not was edited by hand: pinned
 * schemas are the platform's, and a hand edit can loosen one (say, drop the amount pattern of
 * `send-erc20-token`) with nothing but notices to show for it.
 */
async function handEdited(ctx: RuleContext, file: string): Promise<ReportedFinding | undefined> {
  const before = ctx.changes.mode === 'diff' ? (await ctx.base?.document(file))?.value : undefined;
  const after = await ctx.head.document(file);
  if (!isObject(before) || !isObject(after?.value) || before.fetchedAt !== after.value.fetchedAt) return undefined;
  const [was, is] = [entriesByType(before), entriesByType(after.value)];
  const changed = [...new Set([...was.keys(), ...is.keys()])].filter((type) => was.get(type) !== is.get(type)).sort();
  if (changed.length === 0) return undefined;
  return {
    message: `the pinned catalog changes ${changed.map((t) => `\`${t}\``).join(', ')} but keeps \`fetchedAt\`: pinned schemas come from the platform, not from hand edits`,
    hint: 'pull the catalog again with `b3os-readiness catalog pull` (it sets `fetchedAt`), or give your own action an id of its own',
    location: locationIn(after!, Object.hasOwn(after!.value as object, 'fetchedAt') ? '/fetchedAt' : ''),
  };
}

function hintFor(problem: CatalogProblem, kind: string): string {
  if (problem.unverified) return 'write the schema as an object literal (top-level consts of the same file may be referenced), so it can be read without running code';
  if (kind === 'catalog') return 'regenerate the file with `b3os-readiness catalog pull`';
  if (problem.message.includes(' does not parse: ')) return 'fix the TypeScript syntax at the position given';
  if (problem.message.endsWith('must hold a JSON object')) return `write the ${kind} definition as one JSON object with \`type\`, \`name\`, \`payloadSchema\` and \`resultSchema\``;
  if (problem.pointer === '/type' || problem.pointer === '') return `give the ${kind} an id of 3–50 characters of a-z, 0-9 and single hyphens, equal to its folder name`;
  return `write the field as the B3OS ${kind} definition has it (the body of \`GET /v1/${kind}s/{type}\`)`;
}

/** SDK problems carry their file and position; JSON problems a pointer into `file`. */
async function problemLocation(ctx: RuleContext, file: string, problem: CatalogProblem): Promise<Location> {
  const path = problem.file ?? file;
  if (problem.line !== undefined) return { file: path, line: problem.line, column: problem.column ?? 1 };
  const doc = path.endsWith('.json') ? await ctx.head.document(path) : undefined;
  return doc ? locationIn(doc, problem.pointer) : startOf(ctx.head.has(`${path}/schema.ts`) ? `${path}/schema.ts` : path);
}
