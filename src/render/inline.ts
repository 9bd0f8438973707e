/**
 * Inline text as a list of plain and code parts. Rule messages, reasons and notes quote values in
 * single backticks; parsing them lets each renderer show the quotes its own way while escaping
 * every part, so a stray or hostile backtick can change the look but never break out.
 */
import { codeSpan, escapeMarkdownText, toOneLine, MAX_UNTRUSTED_LENGTH } from './escape.js';

/** One part of an inline text: plain prose or a quoted value. */
export interface InlinePart {
  readonly code: boolean;
  readonly text: string;
}

/** A sequence of inline parts, read left to right. */
export type Inline = readonly InlinePart[];

/** A plain-text part. */
export const plain = (text: string): InlinePart => ({ code: false, text });

/** A quoted-value part (shown as a code span in Markdown). */
export const code = (text: string): InlinePart => ({ code: true, text });

/**
 * Splits a message into code and plain parts as CommonMark reads code spans: a run of backticks
 * opens a span that the next run of the same length closes (so ``a`b`` quotes a backtick), one
 * space of padding on both sides is dropped, and a run that is never closed stays literal. The raw
 * text is capped to `max` UTF-16 units first.
 */
export function parseInline(text: string, max: number = MAX_UNTRUSTED_LENGTH): Inline {
  const line = toOneLine(text, max);
  const parts: InlinePart[] = [];
  let plainFrom = 0;
  for (let at = line.indexOf('`'); at >= 0; at = line.indexOf('`', at)) {
    const fence = runLength(line, at);
    const close = closingRun(line, at + fence, fence);
    if (close < 0) {
      at += fence; // no closing run of the same length: the backticks are text
      continue;
    }
    if (at > plainFrom) parts.push(plain(line.slice(plainFrom, at)));
    const inner = line.slice(at + fence, close);
    parts.push(code(inner.length > 1 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner));
    at = plainFrom = close + fence;
  }
  if (plainFrom < line.length) parts.push(plain(line.slice(plainFrom)));
  return parts;
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end - at;
}

/** The start of the next run of exactly `length` backticks from `from`, or -1 (CommonMark code spans). */
function closingRun(text: string, from: number, length: number): number {
  for (let at = text.indexOf('`', from); at >= 0; at = text.indexOf('`', at)) {
    const run = runLength(text, at);
    if (run === length) return at;
    at += run;
  }
  return -1;
}

/**
 * Renders inline parts as escaped Markdown (plain parts escaped, code parts as code spans).
 * Adjacent code parts are merged first: two touching code spans would fuse their fences into a
 * longer backtick run, which can leave both contents outside code, unescaped.
 */
export function inlineToMarkdown(inline: Inline): string {
  return mergeAdjacentCode(inline)
    .map((part) => (part.code ? codeSpan(part.text) : escapeMarkdownText(part.text)))
    .join('');
}

function mergeAdjacentCode(inline: Inline): Inline {
  const merged: InlinePart[] = [];
  for (const part of inline) {
    if (!part.code && part.text === '') continue;
    const previous = merged.at(-1);
    if (part.code && previous?.code === true) merged[merged.length - 1] = code(previous.text + part.text);
    else merged.push(part);
  }
  return merged;
}

/** Renders inline parts as one plain line, code parts in single backticks, control chars removed. */
export function inlineToPlain(inline: Inline): string {
  return inline.map((part) => (part.code ? `\`${toOneLine(part.text)}\`` : toOneLine(part.text))).join('');
}
