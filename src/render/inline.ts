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
 * Splits text on single backticks: parts between a pair are code, the rest plain. An unpaired
 * last backtick stays literal. The raw text is capped to `max` UTF-16 units first.
 */
export function parseInline(text: string, max: number = MAX_UNTRUSTED_LENGTH): Inline {
  const pieces = toOneLine(text, max).split('`');
  const parts: InlinePart[] = [];
  pieces.forEach((piece, index) => {
    const isOdd = index % 2 === 1;
    const isClosed = index < pieces.length - 1;
    if (isOdd && isClosed) parts.push(code(piece));
    else if (isOdd) parts.push(plain(`\`${piece}`));
    else if (piece !== '') parts.push(plain(piece));
  });
  return parts;
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
