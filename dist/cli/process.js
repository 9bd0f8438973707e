import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isEngineWorker,
  serveEngine
} from "./chunk-VK5IRZZ4.js";
import "./chunk-OPXKDCSX.js";
import "./chunk-RAXYFFWG.js";
import "./chunk-DABURJU3.js";
import "./chunk-TB6QAKHI.js";

// src/run/cli-process.ts
async function runProcess(entry) {
  if (isEngineWorker()) return serveEngine((await import("./local-job-6OLIO2SX.js")).runLocalJob);
  const { runCli } = await import("./cli-main-FLJCYYQA.js");
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    // Only `check --api-url` uses it; an empty variable counts as unset.
    b3osApiKey: process.env.B3OS_API_KEY?.trim() || void 0,
    engineEntry: entry
  });
}
export {
  runProcess
};
