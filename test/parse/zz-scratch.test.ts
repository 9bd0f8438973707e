import { test } from 'vitest';
import { Parser, Composer } from 'yaml';
import { firstDeepToken, firstDeepCollection } from '../../src/parse/yaml-depth.js';
import { checkYamlTree } from '../../src/parse/yaml-checks.js';
import { firstLimitBreach } from '../../src/parse/measure.js';
import { lineTableOf } from '../../src/parse/lines.js';
import { DEFAULT_LIMITS } from '../../src/parse/problem.js';
import { yamlResolver } from '../../src/parse/yaml-locate.js';
const time = (label: string, f: () => unknown, n = 1) => { const t0 = performance.now(); let r; for (let i = 0; i < n; i++) r = f(); console.log(label, ((performance.now() - t0) / n).toFixed(3), 'ms'); return r as any; };
function stages(name: string, text: string, n: number) {
  console.log('---', name, text.length);
  time('lex', () => firstDeepToken(text, 64), n);
  const tokens = time('parse', () => Array.from(new Parser().parse(text)), n);
  time('cst', () => firstDeepCollection(tokens, 64), n);
  const docs = time('compose', () => Array.from(new Composer({ version: '1.2', schema: 'core', merge: false, resolveKnownTags: false, uniqueKeys: false, strict: true, prettyErrors: false } as any).compose(tokens)), n);
  time('checks', () => checkYamlTree(docs[0], DEFAULT_LIMITS, lineTableOf(text)), n);
  const v = time('toJS', () => docs[0].toJS({ maxAliasCount: 100 }), n);
  const b = time('measure', () => firstLimitBreach(v, DEFAULT_LIMITS), n);
  time('resolve', () => yamlResolver(docs[0])(b.path), n);
}
test('scratch', () => {
  const wide = `a: &a [${Array(6000).fill('1').join(',')}]\nb: [${Array(20).fill('*a').join(',')}]\n`;
  stages('wide', wide, 1);
  stages('wide', wide, 1);
});
