import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocsPage } from '../../src/docs/page.js';
it('x', () => {
  const t = readFileSync('examples/acme-b3os/docs/actions/reference/generated/acme-gas-oracle.md', 'utf8');
  const p = parseDocsPage('a.md', t);
  console.log(JSON.stringify({ ...p, sections: p.sections.map(s=>[s.heading.text, s.tables.length, s.code.length]), frontmatter: p.frontmatter && { ...p.frontmatter, type: p.frontmatter.locate('/type') } }));
});
