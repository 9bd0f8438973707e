import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/b3os/definition-hash.ts
import { createHash } from "node:crypto";
function definitionHash(definition) {
  return `sha256:${createHash("sha256").update(canonicalJson(definition)).digest("hex")}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export {
  definitionHash,
  canonicalJson
};
