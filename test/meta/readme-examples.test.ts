/** The README's YAML examples are valid against the schemas they illustrate: a user copies them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateOwn } from '../../src/schema/ajv.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The YAML block that follows `heading` in the README. */
function yamlAfter(heading: string): unknown {
  const from = README.indexOf(heading);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const start = README.indexOf('```yaml\n', from) + '```yaml\n'.length;
  return parse(README.slice(start, README.indexOf('```', start)));
}

describe('the README examples', () => {
  it('the funds manifest validates against the manifest schema', () => {
    expect(validateOwn('manifest', yamlAfter('### What a workflow that moves funds declares'))).toEqual([]);
  });

  it('the configuration validates against the configuration schema', () => {
    expect(validateOwn('config', yamlAfter('## Configuration'))).toEqual([]);
  });
});
