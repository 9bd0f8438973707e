import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  scanTextWithOwnDetectors,
  secretPartOf
} from "./chunk-DABURJU3.js";

// src/core/redact.ts
var WINDOW = 6;
var MASK = "[redacted]";
var FINGERPRINT = /\(fingerprint [0-9a-f]{8}\)/g;
var PHRASE = /^[a-z]+(?: [a-z]+){11,23}$/;
var WORD = /[a-z]+/g;
function createRedactor(found) {
  const windows = /* @__PURE__ */ new Set();
  const pairs = /* @__PURE__ */ new Set();
  for (const value of found) {
    if (PHRASE.test(value)) value.split(" ").forEach((word, i, words) => i > 0 && pairs.add(`${words[i - 1]} ${word}`));
    else {
      const secret = secretPartOf(value);
      for (let i = 0; i + WINDOW <= secret.length; i++) windows.add(secret.slice(i, i + WINDOW));
    }
  }
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    let done = cache.get(text);
    if (done === void 0) cache.set(text, done = redact(text, windows, pairs));
    return done;
  };
}
function redact(text, windows, pairs) {
  if (text.length < WINDOW) return text;
  const masked = new Uint8Array(text.length);
  if (windows.size > 0) {
    for (let i = 0; i + WINDOW <= text.length; i++) if (windows.has(text.slice(i, i + WINDOW))) masked.fill(1, i, i + WINDOW);
  }
  if (pairs.size > 0) maskPairs(text, pairs, masked);
  for (const hit of scanTextWithOwnDetectors(text)) masked.fill(1, hit.start, hit.end);
  if (!masked.includes(1)) return text;
  for (const match of text.matchAll(FINGERPRINT)) masked.fill(0, match.index, match.index + match[0].length);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (!masked[i]) out += text[i];
    else if (i === 0 || !masked[i - 1]) out += MASK;
  }
  return out;
}
function maskPairs(text, pairs, masked) {
  let previous;
  for (const word of text.matchAll(WORD)) {
    const adjacent = previous && /^\s+$/.test(text.slice(previous.index + previous[0].length, word.index));
    if (adjacent && pairs.has(`${previous[0]} ${word[0]}`)) masked.fill(1, previous.index, word.index + word[0].length);
    previous = word;
  }
}
function redactReport(report, redactor) {
  return redactValue(report, redactor);
}
function redactValue(value, redactor, key) {
  if (typeof value === "string") return key === "fingerprint" ? value : redactor(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redactor));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redactor, k)]));
}
function redactError(error, redactor) {
  if (typeof error === "string") return redactor(error);
  if (!(error instanceof Error)) return error;
  error.message = redactor(error.message);
  if (error.stack) error.stack = redactor(error.stack);
  return error;
}

export {
  createRedactor,
  redactReport,
  redactError
};
