import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createRedactor,
  redactReport
} from "./chunk-OPXKDCSX.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";

// src/run/isolated-engine.ts
import { setFlagsFromString } from "node:v8";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var DEFAULT_LIMITS = { deadlineSeconds: 300, heapMb: 1024 };
var LIMIT_RANGES = { deadlineSeconds: [1, 86400], heapMb: [8, 65536] };
function parseLimit(kind, value, label) {
  const [min, max] = LIMIT_RANGES[kind];
  const number = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
  if (number >= min && number <= max) return number;
  throw new UserError(`${label} must be a whole number from ${min} to ${max.toLocaleString("en-US")}, got "${value}"`);
}
var MARK = "b3os-readiness-engine";
var YOUNG_GENERATION_MB = 32;
var AUDIT_HEAP_GROWING_PERCENT = 25;
function isEngineWorker(mainThread = isMainThread, data = workerData) {
  return !mainThread && data?.mark === MARK;
}
function heapGrowingFlag(mode) {
  return `--heap-growing-percent=${mode === "all" ? AUDIT_HEAP_GROWING_PERCENT : 0}`;
}
function runIsolated(entry, job, limits, scope) {
  setFlagsFromString(heapGrowingFlag(scope.mode));
  const worker = new Worker(entry, { workerData: { mark: MARK, job }, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const stopped = (cause) => finish(() => resolve(import("./stopped-report-XCZ5RF6Z.js").then(({ stoppedReport }) => redactReport(stoppedReport(cause, scope), createRedactor([])))));
    const timer = setTimeout(() => stopped(`the check did not finish within its deadline of ${limits.deadlineSeconds} second${limits.deadlineSeconds === 1 ? "" : "s"}`), limits.deadlineSeconds * 1e3);
    worker.on("message", (outcome) => finish(() => "report" in outcome ? resolve(outcome.report) : reject(errorOf(outcome.error))));
    worker.on(
      "error",
      (error) => stopped(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `the check ran out of its ${limits.heapMb} MB of memory` : `the check stopped with an error: ${error.message}`)
    );
    worker.on("exit", (code) => stopped(`the check stopped before it finished (exit code ${code})`));
  });
}
function serveEngine(run, port = parentPort, data = workerData) {
  const { job } = data;
  run(job).then(
    (report) => port.postMessage({ report }),
    (error) => port.postMessage({ error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError } })
  );
}
function errorOf(error) {
  return error.user ? new UserError(error.message) : new Error(error.message);
}

export {
  DEFAULT_LIMITS,
  parseLimit,
  isEngineWorker,
  runIsolated,
  serveEngine
};
