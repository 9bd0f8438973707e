#!/usr/bin/env node
import nodeModule from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { quickAnswer } from './run/cli-help.js';

// `--version` and the help texts answer before the engine loads: they need none of it.
const answer = isMainThread ? quickAnswer(process.argv.slice(2)) : undefined;
if (answer !== undefined) {
  process.stdout.write(answer);
} else {
  enableCompileCache();
  const { runProcess } = await import('./run/cli-process.js');
  await runProcess(new URL(import.meta.url));
}

/**
 * Caches the engine's compiled code between runs where the runtime offers it (Node 22.1+), in the
 * OS temp folder (or NODE_COMPILE_CACHE), never in the repository. A cache that cannot be written
 * (a read-only folder) only costs the speed-up.
 */
function enableCompileCache(): void {
  try {
    (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // Without the cache the run is as correct, only slower to start.
  }
}
