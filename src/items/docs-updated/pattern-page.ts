import { locationIn, startOf } from '../../core/locate.js';
import { compilePattern } from '../../core/pattern.js';
import { objectKey } from '../../core/repo-index.js';
import { defineRule, type RuleContext } from '../../core/rule.js';

/** Every new template (workflow pattern) is described on a page under `docs/examples/` that names it. */
export const patternPage = defineRule(
  {
    id: 'docs-updated/pattern-page',
    description: 'every new template has a page under docs/examples/ that names its slug or its template.json path',
    severity: 'error',
  },
  async (ctx, { report }) => {
    const fresh = ctx.affected.objects('template').filter((t) => !ctx.base?.index.objects.has(objectKey('template', t.id)));
    if (fresh.length === 0) return;
    const pages = await examplePages(ctx);
    const where = ctx.settings.paths.exampleDocs.map((p) => `\`${p}\``).join(' or ');
    for (const template of fresh) {
      if (pages.some((text) => namesTemplate(text, template.id, template.files))) continue;
      const file = template.files[0];
      const doc = await ctx.head.document(file);
      report({
        message: `template \`${template.id}\` is new but no page under ${where} names it`,
        hint: `add a page under ${where} that describes the pattern and links \`${file}\``,
        location: doc?.value !== undefined ? locationIn(doc, '/name') : startOf(file),
      });
    }
  },
);

async function examplePages(ctx: RuleContext): Promise<string[]> {
  const patterns = ctx.settings.paths.exampleDocs.map(compilePattern);
  const texts: string[] = [];
  for (const file of ctx.head.index.entries.keys()) {
    if (!patterns.some((p) => p.match(file) !== undefined)) continue;
    const text = await ctx.head.text(file);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/** True when the text names the slug as a whole word (not inside a longer slug) or one of the template's files. */
export function namesTemplate(text: string, slug: string, files: readonly string[]): boolean {
  if (slug === '') return false;
  if (files.some((file) => text.includes(file))) return true;
  let from = 0;
  for (let at = text.indexOf(slug); at >= 0; at = text.indexOf(slug, from)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + slug.length] ?? ' ';
    if (!/[A-Za-z0-9_-]/.test(before) && !/[A-Za-z0-9_-]/.test(after)) return true;
    from = at + 1;
  }
  return false;
}
