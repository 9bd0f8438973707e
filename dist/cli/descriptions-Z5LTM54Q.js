import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ITEMS
} from "./chunk-IERFFYUB.js";
import "./chunk-PCQAUOTE.js";
import "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import "./chunk-OXKGPKZ2.js";
import "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";

// src/items/descriptions.ts
function ruleDescriptions(items = ITEMS) {
  const out = /* @__PURE__ */ new Map([
    ["configuration/invalid", "the gate's configuration does not parse or match its schema, or a waiver names no rule or no real day"],
    ["configuration/paths", "a configured path setting matches no file while its default matches some: nothing there would be checked"],
    ["configuration/near-miss", "a changed file looks like a B3OS object but matches no configured path (case, look-alike, invisible or slash-like characters, a leading space or trailing dot, `.jsonc`, folders too deep, a folder named like the file): nothing checks it; or a checked definition's path hides a character"],
    ["configuration/duplicate-definition", "one workflow, manifest, environment, action, trigger or template is defined by two files (`workflow.json` and `workflow.yaml`)"],
    ["gate/engine-stopped", "the check passed its deadline, ran out of its heap or crashed: nothing was verified"],
    ["configuration/waiver", "a waiver expired, runs further ahead than policy.maxWaiverDays, names no rule, or matched no finding in a run over its scope"],
    ["configuration/waiver-secret", "a waiver would cover a secret value found in the repository, which no waiver can"]
  ]);
  for (const item of items) {
    out.set(item.id, item.title);
    out.set(`${item.id}/pending`, `${item.title}: a change of a kind this item does not check yet`);
    for (const rule of item.rules) out.set(rule.meta.id, rule.meta.description);
  }
  return out;
}
export {
  ruleDescriptions
};
