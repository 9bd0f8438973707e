import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/b3os/errors.ts
var MAX_DETAIL = 300;
var B3osApiError = class extends Error {
  constructor(endpoint, status, attempts, detail) {
    const outcome = status > 0 ? ` with ${status}` : "";
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    super(`B3OS API ${endpoint} failed${outcome}${tries}: ${detail}`);
    this.endpoint = endpoint;
    this.status = status;
    this.attempts = attempts;
    this.detail = detail;
  }
  endpoint;
  status;
  attempts;
  detail;
  name = "B3osApiError";
};
function describeErrorBody(text, status) {
  const parsed = parseOrUndefined(text);
  if (parsed && typeof parsed === "object" && typeof parsed.message === "string") {
    const { message, code } = parsed;
    const appCode = typeof code === "number" && code !== 0 && code !== status ? ` (code ${code})` : "";
    return clip(`${message || "no message"}${appCode}`);
  }
  return describeText(text);
}
function describeText(text) {
  if (text.trim() === "") return "empty response body";
  if (!/^\s*</.test(text)) return clip(`unexpected response body: ${text}`);
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return `non-JSON (HTML) response${title ? ` "${clip(title)}"` : ""}`;
}
function describeNetworkError(error, timeoutMs) {
  if (error instanceof Error && error.name === "TimeoutError") return `no response within ${timeoutMs} ms`;
  if (error instanceof Error) {
    const code = error.cause?.code;
    return clip(typeof code === "string" ? `${error.message} (${code})` : error.message);
  }
  return clip(String(error));
}
function redact(text, secret) {
  return secret ? text.split(secret).join("***") : text;
}
function parseOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function clip(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}

export {
  B3osApiError,
  describeErrorBody,
  describeText,
  describeNetworkError,
  redact
};
