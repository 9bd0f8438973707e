import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  B3osApiError,
  describeErrorBody,
  describeNetworkError,
  describeText,
  redact
} from "./chunk-6NRE5UXC.js";

// src/adapters/b3os/transport.ts
var MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var MAX_RETRY_AFTER_S = 30;
var ResponseTooLarge = class extends Error {
};
async function callApi(transport, call) {
  const endpoint = `${call.method} ${call.path}`;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(transport, call);
    if (attempt <= transport.retries && isRetryable(outcome)) {
      await sleep(delayMs(transport, attempt, outcome));
      continue;
    }
    if ("error" in outcome) {
      throw new B3osApiError(endpoint, 0, attempt, redact(describeNetworkError(outcome.error, transport.timeoutMs), transport.apiKey));
    }
    if (outcome.status === 404 && call.notFoundOk) return void 0;
    const text = redact(outcome.text, transport.apiKey);
    if (outcome.status < 200 || outcome.status > 299) throw new B3osApiError(endpoint, outcome.status, attempt, describeErrorBody(text, outcome.status));
    return unwrap(text, (detail) => new B3osApiError(endpoint, outcome.status, attempt, detail));
  }
}
async function attemptOnce(transport, call) {
  const headers = { accept: "application/json", "user-agent": "b3os-readiness" };
  if (call.body !== void 0) headers["content-type"] = "application/json";
  if (call.auth && transport.apiKey) headers.authorization = `Bearer ${transport.apiKey}`;
  try {
    const response = await transport.fetch(`${transport.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === void 0 ? void 0 : JSON.stringify(call.body),
      // A redirect would carry the request elsewhere; it is reported, not followed.
      redirect: "manual",
      signal: AbortSignal.timeout(transport.timeoutMs)
    });
    return { status: response.status, text: await readCapped(response), retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    return { error };
  }
}
async function readCapped(response) {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_RESPONSE_BYTES) throw new ResponseTooLarge(`the response of ${declared} bytes exceeds ${MAX_RESPONSE_BYTES} bytes`);
  if (!response.body) return "";
  const chunks = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > MAX_RESPONSE_BYTES) throw new ResponseTooLarge(`the response exceeds ${MAX_RESPONSE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function isRetryable(outcome) {
  if ("error" in outcome) return !(outcome.error instanceof ResponseTooLarge);
  return outcome.status === 429 || outcome.status >= 500;
}
function delayMs(transport, attempt, outcome) {
  const backoff = transport.retryBaseMs * 2 ** (attempt - 1);
  const retryAfter = "retryAfter" in outcome && outcome.retryAfter !== null ? Number(outcome.retryAfter) : NaN;
  return Number.isFinite(retryAfter) && retryAfter >= 0 && retryAfter <= MAX_RETRY_AFTER_S ? Math.max(backoff, retryAfter * 1e3) : backoff;
}
function unwrap(text, fail) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail(describeText(text));
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed) || !("data" in parsed)) {
    throw fail("the response is not the API envelope {code, message, data, requestId}");
  }
  return parsed.data;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/adapters/b3os/client.ts
function createB3osClient(options) {
  const baseUrl = checkedBaseUrl(options.baseUrl, options.apiKey !== void 0);
  const transport = {
    baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 2e4,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 500,
    fetch: options.fetch ?? globalThis.fetch
  };
  const list = async (path) => definitionList(`GET ${path}`, await callApi(transport, { method: "GET", path }));
  const get = async (path) => {
    const data = await callApi(transport, { method: "GET", path, notFoundOk: true });
    return data === void 0 ? void 0 : definition(`GET ${path}`, data);
  };
  return {
    baseUrl,
    hasKey: options.apiKey !== void 0,
    listActions: () => list("/v1/actions"),
    listLogicActions: () => list("/v1/logic-actions"),
    listTriggers: () => list("/v1/triggers"),
    getAction: (type) => get(`/v1/actions/${encodeURIComponent(type)}`),
    getTrigger: (type) => get(`/v1/triggers/${encodeURIComponent(type)}`),
    validateWorkflow: async (body) => {
      const path = "/v1/workflows/validate";
      return validationResult(`POST ${path}`, await callApi(transport, { method: "POST", path, body, auth: true }));
    }
  };
}
function checkedBaseUrl(raw, hasKey) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`the B3OS API URL "${raw}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UserError(`the B3OS API URL must be http(s), got "${url.protocol}"`);
  if (url.username || url.password) throw new UserError("the B3OS API URL must not contain credentials");
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (hasKey && url.protocol === "http:" && !local) throw new UserError(`the B3OS API URL must use https when an API key is set, got ${url.origin}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
function definitionList(endpoint, data) {
  if (!Array.isArray(data)) throw new B3osApiError(endpoint, 200, 1, "the response `data` is not a list of definitions");
  return data.map((item) => definition(endpoint, item));
}
function definition(endpoint, data) {
  const ok = typeof data === "object" && data !== null && !Array.isArray(data) && typeof data.type === "string";
  if (!ok) throw new B3osApiError(endpoint, 200, 1, "the response holds a definition without a string `type`");
  return data;
}
function validationResult(endpoint, data) {
  const record = typeof data === "object" && data !== null ? data : {};
  if (typeof record.valid !== "boolean") throw new B3osApiError(endpoint, 200, 1, "the response has no boolean `valid`");
  const errors = record.errors ?? [];
  if (!Array.isArray(errors)) throw new B3osApiError(endpoint, 200, 1, "the response `errors` is not a list");
  return { valid: record.valid, errors: errors.map(validationError) };
}
function validationError(item) {
  const record = typeof item === "object" && item !== null ? item : {};
  const text = (key) => typeof record[key] === "string" && record[key] !== "" ? { [key]: record[key] } : {};
  return {
    type: typeof record.type === "string" && record.type !== "" ? record.type : "unknown",
    message: typeof record.message === "string" && record.message !== "" ? record.message : "no message",
    ...text("nodeId"),
    ...text("nodeName"),
    ...text("field"),
    ...text("code")
  };
}

export {
  createB3osClient
};
