import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ITEMS
} from "./chunk-IERFFYUB.js";
import "./chunk-PCQAUOTE.js";
import {
  OBJECT_KINDS,
  docsUrlOf
} from "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import "./chunk-OXKGPKZ2.js";
import "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";

// src/run/stopped-report.ts
var ENGINE_STOPPED = "gate/engine-stopped";
function stoppedReport(cause, { notices = [], ...scope }) {
  const reason = `not checked: ${cause}`;
  const finding = {
    ruleId: ENGINE_STOPPED,
    severity: "error",
    message: cause,
    hint: "look for a file this change adds that is far larger or more repetitive than usual; raise the limit only if the repository really needs it",
    docsUrl: docsUrlOf(ENGINE_STOPPED)
  };
  const affected = Object.fromEntries(OBJECT_KINDS.map((kind) => [kind, 0]));
  return {
    result: "fail",
    items: ITEMS.map((item) => ({ id: item.id, title: item.title, group: item.group, status: "incomplete", findings: [], reason })),
    objects: [],
    summary: { ...scope, changedFiles: 0, affected, blastRadius: [] },
    notices: [...notices],
    configFindings: [finding]
  };
}
export {
  ENGINE_STOPPED,
  stoppedReport
};
