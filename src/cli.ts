#!/usr/bin/env node
import { runCli } from './run/cli-main.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  today: new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
