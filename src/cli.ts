#!/usr/bin/env node
import { runCli } from './run/cli-main.js';
import { isEngineWorker, serveEngine } from './run/isolated-engine.js';
import { runLocalJob } from './run/local-job.js';

// The same file is the worker that runs the engine under the time and memory limits.
if (isEngineWorker()) {
  serveEngine(runLocalJob);
} else {
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    today: new Date().toISOString().slice(0, 10),
    // Only `check --api-url` uses it; an empty variable counts as unset.
    b3osApiKey: process.env.B3OS_API_KEY?.trim() || undefined,
    engineEntry: new URL(import.meta.url),
  });
  process.exitCode = code;
}
