import { isEngineWorker, serveEngine } from './isolated-engine.js';

/**
 * Runs the CLI in this process, the engine loaded: in a worker started by `runIsolated`, the job
 * handed to it; otherwise `argv` with the process's streams. `entry` is the bundled entry file,
 * which the worker runs again.
 */
export async function runProcess(entry: URL): Promise<void> {
  // Each thread loads what it runs: the worker the engine, the main thread the command line around it.
  if (isEngineWorker()) return serveEngine((await import('./local-job.js')).runLocalJob);
  const { runCli } = await import('./cli-main.js');
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go,
  // which is no error of the check (its exit code still says how it ended).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
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
