import { it } from 'vitest';
import { parseDocsPage } from '../../src/docs/page.js';
it('x', () => {
  for (const [name, text] of [['quotes', '>'.repeat(20000) + ' x\n'], ['lists', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- a').join('\n')], ['brackets', '['.repeat(50000)], ['table', '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(50000)], ['emph', '*a'.repeat(50000)]]) {
    const t0 = Date.now();
    const p = parseDocsPage(name, text);
    console.log(name, Date.now() - t0, 'ms', p.problems, p.tables.length);
  }
});
