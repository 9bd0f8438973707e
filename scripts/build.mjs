// Bundles the action and the CLI into dist/ (committed; CI checks it equals a fresh build).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';

// `--outdir DIR` builds elsewhere (the end-to-end test builds a fresh bundle without touching dist/).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', banner, legalComments: 'eof', logLevel: 'warning', charset: 'utf8',
  // Prefer ESM builds: jsonc-parser's UMD build requires its modules dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'] };

await build({ ...common, entryPoints: ['src/action.ts'], outfile: join(outdir, 'index.js') });
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: join(outdir, 'cli.js') });
await chmod(join(outdir, 'cli.js'), 0o755);
