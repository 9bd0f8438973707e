// Bundles the action and the CLI into dist/ (committed; CI checks it equals a fresh build).
// dist/index.js is the action; dist/cli.js the CLI's entry, which answers --version and --help
// itself and loads the engine, dist/cli-engine.js, only for a command that needs it.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';

// `--outdir DIR` builds elsewhere (the end-to-end test builds a fresh bundle without touching dist/).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

const ENGINE = 'cli-engine.js';
const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', banner, legalComments: 'eof', logLevel: 'warning', charset: 'utf8',
  // Prefer ESM builds: jsonc-parser's UMD build requires its modules dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'] };

/** The entry's `import('./run/cli-process.js')` stays an import, of the engine bundle beside it. */
const engineApart = {
  name: 'engine-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/run\/cli-process\.js$/ }, () => ({ path: `./${ENGINE}`, external: true }));
  },
};

await build({ ...common, entryPoints: ['src/action.ts'], outfile: join(outdir, 'index.js') });
await build({ ...common, entryPoints: ['src/run/cli-process.ts'], outfile: join(outdir, ENGINE) });
// The entry needs no `require`: without the banner it loads nothing it does not use.
await build({ ...common, banner: undefined, entryPoints: ['src/cli.ts'], outfile: join(outdir, 'cli.js'), plugins: [engineApart] });
await chmod(join(outdir, 'cli.js'), 0o755);
