import { runCli } from './cli-main.js';
import { isEngineWorker, serveEngine } from './isolated-engine.js';

/**
 * Runs the CLI in this process: in a worker started by `runIsolated`, the engine and the job
 * handed to it; otherwise `argv` with the process's streams, the engine left unloaded. `entry` is
 * the bundled entry file, which the worker runs again.
 */
export async function runProcess(entry: URL): Promise<void> {
  // The engine loads only in the worker: the main thread parses arguments, waits and prints.
  if (isEngineWorker()) return serveEngine((await import('./local-job.js')).runLocalJob);
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    today: new Date().toISOString().slice(0, 10),
    // Only `check --api-url` uses it; an empty variable counts as unset.
    b3osApiKey: process.env.B3OS_API_KEY?.trim() || undefined,
    engineEntry: entry,
  });
}
