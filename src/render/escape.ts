/**
 * Escaping of untrusted text (file names, values, messages, waiver reasons) for the places the
 * renderers put it: Markdown text, HTML text, code spans and table cells. Every function returns
 * one line, capped in length, in which `<!--`/`-->` cannot occur and `@` cannot mention anyone.
 */

/** Default cap for one untrusted string, in UTF-16 units of the raw text, including the "…". */
export const MAX_UNTRUSTED_LENGTH = 300;

/**
 * Notices are the gate's own sentences (what a configuration change relaxes, which files were
 * skipped); they may name many ids, so they get more room than a value from the repository.
 */
export const NOTICE_LENGTH = 2_000;

const LINE_BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi controls reorder what a reviewer sees (threats.md T22); show them instead of obeying them.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes untrusted text one visible line: line breaks and tabs become spaces, other control
 * characters become U+FFFD, bidi controls become `[U+202E]`, and the result is cut to `max`
 * UTF-16 units (never inside a surrogate pair) with a trailing "…". Adds no Markdown escaping.
 */
export function toOneLine(text: string, max: number = MAX_UNTRUSTED_LENGTH): string {
  const flat = text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '\ufffd')
    .replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  if (flat.length <= max) return flat;
  let end = Math.max(0, max - 1);
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${flat.slice(0, end)}…`;
}

/** Inserts U+200B after every `@`, so GitHub links no user or team and notifies no one. */
export function neutraliseMentions(text: string): string {
  return text.replaceAll('@', `@${ZERO_WIDTH_SPACE}`);
}

/**
 * Escapes untrusted text for Markdown outside code: `&`, `<`, `>` as entities (so no HTML tag and
 * no comment marker can form), Markdown punctuation with a backslash (no links, images, emphasis,
 * math), bare-URL autolinks and `#12` issue references broken, mentions neutralised. `|` is left
 * to `escapeTableCell`.
 */
export function escapeMarkdownText(text: string, max: number = MAX_UNTRUSTED_LENGTH): string {
  const escaped = toOneLine(text, max)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(/[\\`*_[\]()#!~$]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    // `#12` would cross-reference issue 12 from every comment that shows this text.
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
  return neutraliseMentions(escaped);
}

/**
 * Escapes untrusted text for HTML content (used inside `<summary>`, where Markdown is not parsed):
 * `&`, `<`, `>`, `"`, `'` as entities, mentions neutralised, one line, capped.
 */
export function escapeHtmlText(text: string, max: number = MAX_UNTRUSTED_LENGTH): string {
  return neutraliseMentions(toOneLine(text, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]));
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Renders untrusted text as a Markdown code span. The fence is one backtick longer than the
 * longest backtick run inside, padded with spaces where CommonMark would otherwise eat them.
 * Entities do not work inside code, so `<` is followed and `>` preceded by U+200B: the output
 * contains no `<tag`, `<!--` or `-->`. Mentions are neutralised; `|` is left to `escapeTableCell`.
 */
export function codeSpan(text: string, max: number = MAX_UNTRUSTED_LENGTH): string {
  const content = neutraliseMentions(
    toOneLine(text, max).replaceAll('<', `<${ZERO_WIDTH_SPACE}`).replaceAll('>', `${ZERO_WIDTH_SPACE}>`),
  );
  if (content === '') return '` `';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const needsPadding =
    content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
  const pad = needsPadding ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * Makes an already rendered Markdown fragment safe as one GFM table cell: every `|` that would
 * split the row is backslash-escaped (GFM honours `\|` even inside code spans), and line breaks
 * become spaces.
 */
export function escapeTableCell(markdown: string): string {
  // GFM splits a row at a pipe after an even number of backslashes (they escape each other); one
  // more backslash keeps such a pipe in the cell, and GFM drops exactly that one when it renders.
  return markdown.replace(/[\r\n]+/g, ' ').replace(/(\\*)\|/g, (run: string, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : run));
}
