// Bundles the action and the CLI into dist/ (committed; CI checks it equals a fresh build).
// dist/index.js is the action; dist/cli.js the CLI's entry, which answers --version and --help
// itself. Each thread of a command then loads its own chunks (dist/cli/): the main thread the
// command line, the engine's worker thread the engine.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';

// `--outdir DIR` builds elsewhere (the end-to-end test builds a fresh bundle without touching dist/).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', banner, legalComments: 'eof', logLevel: 'warning', charset: 'utf8',
  // Prefer ESM builds: jsonc-parser's UMD build requires its modules dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'] };

// Chunks of an earlier build (and the single engine bundle of older builds) would stay behind.
for (const old of ['cli', 'cli-engine.js']) await rm(join(outdir, old), { recursive: true, force: true });

/** The entry's `import('./run/cli-process.js')` stays an import, of the chunk that starts a command. */
const processApart = {
  name: 'process-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/run\/cli-process\.js$/ }, () => ({ path: './cli/process.js', external: true }));
  },
};

await build({ ...common, entryPoints: ['src/action.ts'], outfile: join(outdir, 'index.js') });
await build({ ...common, entryPoints: { 'cli/process': 'src/run/cli-process.ts' }, outdir, splitting: true, chunkNames: 'cli/[name]-[hash]' });
// The entry stands alone (`--version` and help need no other file), and needs no `require`: without the banner it loads nothing it does not use.
await build({ ...common, banner: undefined, entryPoints: ['src/cli.ts'], outfile: join(outdir, 'cli.js'), plugins: [processApart] });
await chmod(join(outdir, 'cli.js'), 0o755);
