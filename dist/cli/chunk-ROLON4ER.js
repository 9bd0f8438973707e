import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-RAXYFFWG.js";

// src/core/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
var SPLIT = { workflow: "workflow", manifest: "workflow", runbook: "workflow", template: "template", docs: "docs" };
function parseShard(text, label = "--shard") {
  const match = /^([0-9]{1,3})\/([0-9]{1,3})$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && count <= MAX_SHARDS)) throw new UserError(`${label} must be i/n with n from 1 to ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
  if (!(index >= 1 && index <= count)) throw new UserError(`${label} ${text}: the shard number must be from 1 to ${count}`);
  return { index, count };
}
function shardOfKey(key, count) {
  return createHash("sha256").update(key).digest().readUInt32BE(0) % count + 1;
}
function ownsObject(shard, kind, id) {
  const group = SPLIT[kind];
  return group === void 0 || shardOfKey(`${group}:${id}`, shard.count) === shard.index;
}
function ownsFile(shard, path) {
  return shardOfKey(`file:${path}`, shard.count) === shard.index;
}
function shardAffected(affected, shard) {
  if (shard.count === 1) return affected;
  const owned = /* @__PURE__ */ new Map();
  const remember = (key, decide) => owned.get(key) ?? (owned.set(key, decide()), owned.get(key));
  const owns = (kind, id) => remember(`${kind}:${id}`, () => ownsObject(shard, kind, id));
  return {
    ...affected,
    objects: (kind) => affected.objects(kind).filter((o) => owns(o.kind, o.id)),
    owns,
    ownsFile: (path) => remember(`file:${path}`, () => ownsFile(shard, path))
  };
}

// src/core/config-label.ts
var PROPOSED = "the configuration this change proposes";
function shortRef(ref) {
  return /^[0-9a-f]{7,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

export {
  PROPOSED,
  shortRef,
  parseShard,
  shardAffected
};
