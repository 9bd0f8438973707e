import { runAction } from './run/action-main.js';
import { runActionJob } from './run/action-job.js';
import { isEngineWorker, serveEngine } from './run/isolated-engine.js';

// The same file is the worker that runs the engine under the time and memory limits.
if (isEngineWorker()) serveEngine(runActionJob);
else await runAction(process.env, new URL(import.meta.url));
