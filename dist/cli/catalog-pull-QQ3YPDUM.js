import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  pinnedEntries
} from "./chunk-PCQAUOTE.js";
import "./chunk-TB6QAKHI.js";

// src/run/catalog-pull.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var DEFAULT_API_URL = "https://api.b3os.org";
async function pullCatalog(client, now, displayPath = ".b3os/catalog.json") {
  const [actions, logicActions, triggers] = await Promise.all([client.listActions(), client.listLogicActions(), client.listTriggers()]);
  const file = {
    source: client.baseUrl,
    fetchedAt: `${now.toISOString().slice(0, 19)}Z`,
    actions: byType(actions),
    logicActions: byType(logicActions),
    triggers: byType(triggers)
  };
  const text = `${JSON.stringify(file, null, 2)}
`;
  return { file, text, problems: pinnedEntries(JSON.parse(text), displayPath).problems };
}
async function pullCatalogFile(client, options) {
  const pulled = await pullCatalog(client, options.now, options.displayPath);
  if (pulled.problems.length > 0) {
    const count = pulled.problems.length;
    throw new UserError(`the catalog from ${client.baseUrl} has ${count} problem${count === 1 ? "" : "s"}; ${options.displayPath} was not written:
${describeProblems(pulled.problems)}`);
  }
  await writeFileAtomically(options.output, pulled.text);
  const { actions, logicActions, triggers } = pulled.file;
  return `wrote ${options.displayPath}: ${actions.length} actions, ${logicActions.length} logic actions, ${triggers.length} triggers from ${client.baseUrl}`;
}
async function writeFileAtomically(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
function describeProblems(problems) {
  return problems.map((p) => `  ${p.pointer || "/"}: ${p.message}`).join("\n");
}
function byType(definitions) {
  return [...definitions].sort((a, b) => a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}
export {
  DEFAULT_API_URL,
  describeProblems,
  pullCatalog,
  pullCatalogFile,
  writeFileAtomically
};
