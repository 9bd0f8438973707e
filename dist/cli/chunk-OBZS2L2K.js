import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/secrets/kinds.ts
var SECRET_KINDS = {
  "evm-private-key": { label: "an EVM private key", rule: "credentials-in-connectors/private-key" },
  "solana-secret-key": { label: "a Solana secret key (64-byte keypair)", rule: "credentials-in-connectors/private-key" },
  "pem-private-key": { label: "a PEM private key", rule: "credentials-in-connectors/private-key" },
  "bip39-mnemonic": { label: "a BIP-39 mnemonic", rule: "credentials-in-connectors/mnemonic" },
  "slack-token": { label: "a Slack token", rule: "credentials-in-connectors/provider-token" },
  "telegram-bot-token": { label: "a Telegram bot token", rule: "credentials-in-connectors/provider-token" },
  "github-token": { label: "a GitHub token", rule: "credentials-in-connectors/provider-token" },
  "gitlab-token": { label: "a GitLab token", rule: "credentials-in-connectors/provider-token" },
  "cloud-credential": { label: "a cloud credential (AWS, Google Cloud, Vault)", rule: "credentials-in-connectors/provider-token" },
  "payment-key": { label: "a payment or commerce provider key (Stripe, Shopify)", rule: "credentials-in-connectors/provider-token" },
  "registry-token": { label: "a package registry token", rule: "credentials-in-connectors/provider-token" },
  "rpc-url-key": { label: "an RPC provider key in a URL", rule: "credentials-in-connectors/keyed-url" },
  "url-credentials": { label: "a password in a URL", rule: "credentials-in-connectors/keyed-url" },
  "url-query-key": { label: "a key in a URL query", rule: "credentials-in-connectors/keyed-url" },
  "webhook-url": { label: "a secret webhook URL (Slack, Discord)", rule: "credentials-in-connectors/webhook-secret" },
  "webhook-signing-secret": { label: "a webhook signing secret", rule: "credentials-in-connectors/webhook-secret" },
  "b3os-api-key": { label: "a B3OS API key", rule: "api-keys-scoped/b3os-key" },
  "service-api-key": { label: "a service API key", rule: "api-keys-scoped/service-key" }
};
function kindsOf(rule) {
  return new Set(Object.keys(SECRET_KINDS).filter((kind) => SECRET_KINDS[kind].rule === rule));
}
var SECRET_FINDING_RULES = /* @__PURE__ */ new Set([...new Set(Object.values(SECRET_KINDS).map((k) => k.rule)), "templates-portable/secret"]);

// src/core/pattern.ts
var SPECIAL = /[.+?^$()|[\]\\]/g;
function compilePattern(source) {
  const captures = [...source.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]);
  if (captures.length > 1) throw new Error(`pattern "${source}" has more than one {capture}`);
  const body = source.split("/").map((segment) => segmentRegex(segment)).join("/").replace(/\/\(\?:\.\*\)$/, "(?:/.*)?").replace(/\(\?:\.\*\)\//g, "(?:.*/)?");
  const regex = new RegExp(`^${body}$`);
  return {
    source,
    capture: captures[0],
    match(path) {
      const m = regex.exec(path);
      if (!m) return void 0;
      return m[1] ?? "";
    }
  };
}
function segmentRegex(segment) {
  if (segment === "**") return "(?:.*)";
  return segment.replace(SPECIAL, "\\$&").replace(/\{[a-z]+\}/, "([^/]+)").replace(/\*/g, "[^/]*");
}
function fillPattern(source, value) {
  return source.replace(/\{[a-z]+\}/, value);
}

// src/core/days.ts
var DAY_MS = 864e5;
function dayNumber(day) {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== day) return void 0;
  return time / DAY_MS;
}
function isCalendarDay(day) {
  return dayNumber(day) !== void 0;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// src/b3os/expression-reference.ts
var NODE_PARTS = ["result", "payload", "error"];
var KEYED = /* @__PURE__ */ new Map([["$props", "props"], ["$inputs", "inputs"], ["$vars", "vars"], ["ask", "ask"]]);
var LOOP = /* @__PURE__ */ new Map([["$item", "item"], ["$index", "index"], ["$parent_item", "parent-item"]]);
var REST = /* @__PURE__ */ new Map([["$trigger", "trigger"], ["$storage", "storage"], ["$org", "org"]]);
var NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
var NOT_IN_SEGMENT = /* @__PURE__ */ new Set([".", "[", "]", "{", "}", "'", '"', "|", " ", "	", "\n", "\r"]);
function parseAlternatives(inner) {
  const parts = [];
  let quote = "";
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "|" && inner[i + 1] === "|") {
      parts.push(inner.slice(from, i));
      from = i + 2;
      i++;
    }
  }
  parts.push(inner.slice(from));
  return parts.map((part) => parseAlternative(part.trim()));
}
function parseAlternative(text) {
  if (text === "") return unknown(text, [], "an empty fallback");
  if (isLiteral(text)) return { kind: "literal", path: [], text };
  const segments = parsePath(text);
  if (typeof segments === "string") return unknown(text, [], segments);
  return classify(segments, text);
}
function isLiteral(text) {
  if (text === "true" || text === "false" || text === "null" || NUMBER.test(text)) return true;
  const quote = text[0];
  if (quote !== "'" && quote !== '"' || text.length < 2 || text[text.length - 1] !== quote) return false;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return false;
  }
  return true;
}
function parsePath(text) {
  const segments = [];
  let i = 0;
  const plain = () => {
    const from = i;
    while (i < text.length && !NOT_IN_SEGMENT.has(text[i])) i++;
    return i > from ? text.slice(from, i) : void 0;
  };
  const first = plain();
  if (first === void 0) return "not a reference";
  segments.push(first);
  while (i < text.length) {
    const at = i;
    const c = text[i++];
    const next = c === "." ? plain() : c === "[" ? bracket() : void 0;
    if (next === void 0) return c === "." || c === "[" ? `a malformed path at \`${text.slice(at, at + 24)}\`` : "not a reference";
    segments.push(next);
  }
  return segments;
  function bracket() {
    const close = text.indexOf("]", i);
    if (close < 0) return void 0;
    const inside = text.slice(i, close);
    i = close + 1;
    if (/^[0-9]+$/.test(inside)) return inside;
    const quoted = inside.length >= 2 && (inside[0] === "'" || inside[0] === '"') && inside[inside.length - 1] === inside[0];
    return quoted ? inside.slice(1, -1) : void 0;
  }
}
function classify(segments, text) {
  const [head, ...rest] = segments;
  const keyed = KEYED.get(head);
  if (keyed) return rest.length ? { kind: keyed, key: rest[0], path: rest.slice(1), text } : unknown(text, segments, `\`${head}\` needs a key`);
  const direct = LOOP.get(head) ?? REST.get(head);
  if (direct) return { kind: direct, path: rest, text };
  switch (head) {
    case "$nodes":
      if (rest.length >= 2 && NODE_PARTS.includes(rest[1])) return { kind: "node", nodeId: rest[0], path: rest.slice(1), text };
      return unknown(text, segments, "`$nodes` needs a node id followed by `result`, `payload` or `error`");
    case "$for":
      if (rest.length >= 2 && (rest[1] === "item" || rest[1] === "index")) return { kind: "for", loopId: rest[0], path: rest.slice(1), text };
      return unknown(text, segments, "`$for` needs a loop node id followed by `item` or `index`");
    case "$workflow":
    case "$workflowId": {
      const ok = head === "$workflow" ? rest.length === 1 && rest[0] === "id" : rest.length === 0;
      return ok ? { kind: "workflow", path: [], text } : unknown(text, segments, "only `$workflow.id` and `$workflowId` exist");
    }
    case "root":
      return { kind: "node", nodeId: "root", path: rest, text };
  }
  if (rest.length > 0 && NODE_PARTS.includes(rest[0])) return { kind: "node", nodeId: head, path: rest, text };
  return unknown(text, segments, `unknown namespace \`${head}\``);
}
function unknown(text, path, problem) {
  return { kind: "unknown", path, text, problem };
}

// src/b3os/expressions.ts
var WHOLE = /^\{\{[^{}]*\}\}$/;
var ANY = /\{\{[^{}]*\}\}/;
var OPEN = 123;
var CLOSE = 125;
function isWholeExpression(text) {
  return WHOLE.test(text);
}
function hasExpression(text) {
  return ANY.test(text);
}
function scanExpressions(text) {
  const out = { expressions: [], problems: [] };
  const state = { braces: 0, open: -1, depth: 0, nested: false, closedAt: -1 };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== OPEN && c !== CLOSE) {
      i++;
    } else if (text.charCodeAt(i + 1) !== c) {
      if (state.open < 0 && c === CLOSE && state.braces === 0 && i === state.closedAt) {
        out.problems.push({ code: "stray-close", offset: i, length: 1, message: "`}` after `}}` closes nothing" });
      } else if (state.open < 0) state.braces = c === OPEN ? state.braces + 1 : Math.max(0, state.braces - 1);
      i++;
    } else {
      if (state.open < 0) pairOutside(i, c, state, out);
      else pairInside(text, i, c, state, out);
      i += 2;
    }
  }
  if (state.open >= 0) out.problems.push({ code: "unclosed", offset: state.open, length: 2, message: "`{{` is never closed with `}}`" });
  out.problems.sort((a, b) => a.offset - b.offset);
  return out;
}
function pairOutside(at, c, state, out) {
  if (c === OPEN) Object.assign(state, { open: at, depth: 1, nested: false });
  else if (state.braces >= 2) state.braces -= 2;
  else {
    state.braces = 0;
    out.problems.push({ code: "stray-close", offset: at, length: 2, message: "`}}` closes no `{{`" });
  }
}
function pairInside(text, at, c, state, out) {
  if (c === OPEN) {
    if (!state.nested) out.problems.push({ code: "nested", offset: at, length: 2, message: "`{{` inside another expression" });
    state.nested = true;
    state.depth++;
    return;
  }
  if (--state.depth > 0) return;
  const { open } = state;
  const inner = text.slice(open + 2, at);
  state.open = -1;
  state.closedAt = at + 2;
  if (state.nested) return;
  if (inner.trim() === "") out.problems.push({ code: "empty", offset: open, length: 2, message: "empty expression `{{ }}`" });
  else out.expressions.push({ start: open, end: at + 2, source: text.slice(open, at + 2), alternatives: parseAlternatives(inner) });
}
function* walkStrings(value, pointer) {
  const stack = [{ value, pointer }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top.key !== void 0) yield { text: top.key, pointer: top.pointer, isKey: true };
    else if (typeof top.value === "string") yield { text: top.value, pointer: top.pointer, isKey: false };
    else if (Array.isArray(top.value)) {
      for (let i = top.value.length - 1; i >= 0; i--) stack.push({ value: top.value[i], pointer: `${top.pointer}/${i}` });
    } else if (isObject(top.value)) {
      const keys = Object.keys(top.value);
      for (let k = keys.length - 1; k >= 0; k--) {
        const child = `${top.pointer}/${escapeSegment(keys[k])}`;
        stack.push({ value: top.value[keys[k]], pointer: child }, { value: void 0, pointer: child, key: keys[k] });
      }
    }
  }
}

// src/b3os/definition.ts
function definitionOf(file) {
  const definition = member(file, "definition");
  const nodes = member(definition, "nodes");
  if (!isObject(nodes)) return void 0;
  const list = [];
  for (const id of Object.keys(nodes)) {
    const node = nodes[id];
    if (!isObject(node)) continue;
    const type = typeof node.type === "string" ? node.type : void 0;
    list.push({ id, pointer: `/definition/nodes/${escapeSegment(id)}`, type, value: node });
  }
  const triggers = member(definition, "triggerNodeIds");
  const triggerNodeIds = Array.isArray(triggers) ? triggers.filter((t) => typeof t === "string") : void 0;
  return { pointer: "/definition", nodes: list, triggerNodeIds };
}
function nodeTypesOf(view) {
  return new Set((view?.nodes ?? []).flatMap((n) => n.type ? [n.type] : []));
}
function waitedTriggerTypesOf(view) {
  const types = /* @__PURE__ */ new Set();
  for (const node of view?.nodes ?? []) {
    const type = waitedTriggerType(node);
    if (type !== void 0 && !hasExpression(type)) types.add(type);
  }
  return types;
}
function waitedTriggerType(node) {
  const payload = node.value.payload;
  if (node.type !== "wait" || !isObject(payload)) return void 0;
  return typeof payload.triggerType === "string" ? payload.triggerType : void 0;
}
function referencedTypesOf(view) {
  return /* @__PURE__ */ new Set([...nodeTypesOf(view), ...waitedTriggerTypesOf(view)]);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function member(value, key) {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : void 0;
}
function escapeSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export {
  SECRET_KINDS,
  kindsOf,
  SECRET_FINDING_RULES,
  compilePattern,
  fillPattern,
  dayNumber,
  isCalendarDay,
  daysBetween,
  parseAlternatives,
  isWholeExpression,
  hasExpression,
  scanExpressions,
  walkStrings,
  definitionOf,
  waitedTriggerType,
  referencedTypesOf,
  isObject,
  escapeSegment
};
