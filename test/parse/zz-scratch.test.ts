import { test } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
const enc = (s: string) => new TextEncoder().encode(s);
const show = (path: string, s: string | Uint8Array) => {
  const t0 = performance.now();
  const d = parseDocument(path, typeof s === 'string' ? enc(s) : s);
  const ms = performance.now() - t0;
  console.log(path, JSON.stringify(typeof s === 'string' ? s.slice(0, 60) : '<bytes>'), ms.toFixed(1) + 'ms', JSON.stringify(d.value)?.slice(0, 80), JSON.stringify(d.problems));
  return d;
};
test('scratch', () => {
  show('a.yaml', 'a: !!js/function "function(){}"\nb: !Ref foo\nc: !<tag:yaml.org,2002:binary> aGk=\nd: !!binary aGk=\ne: !!timestamp 2001-12-14\nf: !!set {a}\ng: !!omap [a: 1]\nh: !!str 12\ni: !!python/object/apply:os.system ["id"]\n');
  show('a.yaml', 'a: !!str 12\nb: !!int "12"\nc: !!map {a: 1}\nd: ! x\ne: !!float 1\n');
  show('a.yaml', '%YAML 1.1\n---\na: yes\n<<: {b: 1}\n');
  show('a.yaml', 'a: &x 1\nb: !!str *x\n');
  show('a.yaml', '? [a]\n: 1\n');
  show('a.yaml', '*a : 1\n');
  show('a.yaml', '---\n');
  show('a.yaml', '# only\n');
  show('a.yaml', '...\n');
  show('a.yaml', ']\n');
  show('a.yaml', 'a:\n\tb: 1\n');
});
