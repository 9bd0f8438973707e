/**
 * The main thread of a `check` starts the engine's worker and writes the report it posts: it loads
 * none of the engine (the rules, the parsers, the schemas, secretlint), which the worker loads
 * again. What it imports statically is all it loads on a check that finishes.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The files `entry` imports statically, directly or not (dynamic imports left out). */
async function staticClosure(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    splitting: true,
    outdir: 'out',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.external || imported.kind === 'dynamic-import' || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...seen].sort();
}

describe('the main thread of the CLI', () => {
  it('imports none of the engine statically', async () => {
    const files = await staticClosure('src/run/cli-main.ts');
    expect(files).toContain('src/run/isolated-engine.ts');
    expect(files).toContain('src/render/text.ts');
    expect(files).toContain('src/core/redact.ts');
    const engine = /^src\/(?:items|schema|parse|catalog|readiness|b3os)\/|^src\/core\/(?:gate|engine|file-pass)\.ts$|^src\/secrets\/secretlint\.ts$|^node_modules\/(?:ajv|yaml|js-yaml|@babel|@secretlint|re2js|micromark|jsonc-parser)/;
    expect(files.filter((file) => engine.test(file))).toEqual([]);
  });
});
