import { CST, Lexer } from 'yaml';

/** Lexer tokens that mark a mode and occupy no source text. */
const ZERO_WIDTH_TOKENS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * Cheap first check, before the (slow on deep input) CST parser runs: a lower bound of the nesting
 * depth from lexer tokens: open flow collections, plus runs of compact block indicators
 * (`- - - x`, `? ? x`) on one line. Returns the offset of the token where the bound passes
 * `maxDepth`, or -1. Stops at that token, so `[[[…` of any length costs microseconds.
 */
export function firstDeepToken(text: string, maxDepth: number): number {
  if (!mayNestBeyond(text, maxDepth)) return -1;
  let offset = 0;
  let flow = 0;
  let compact = 0;
  for (const token of new Lexer().lex(text)) {
    switch (CST.tokenType(token)) {
      case 'flow-seq-start':
      case 'flow-map-start':
        if (++flow + compact > maxDepth) return offset;
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        if (flow > 0) flow--;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (flow === 0 && ++compact > maxDepth) return offset;
        break;
      case 'newline':
        compact = 0;
        break;
    }
    if (!ZERO_WIDTH_TOKENS.has(token)) offset += token.length;
  }
  return -1;
}

/**
 * False when the text holds too few brackets plus `-`/`?` characters on one line to pass
 * `maxDepth` by the lexer's measure: then the lexer pass (a third of a small file's parse
 * time) is skipped. A character count, so it can only overestimate.
 */
function mayNestBeyond(text: string, maxDepth: number): boolean {
  let brackets = 0;
  let onLine = 0;
  let mostOnLine = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) brackets++;
    else if (code === 0x2d || code === 0x3f) mostOnLine = Math.max(mostOnLine, ++onLine);
    else if (code === 0x0a) onLine = 0;
  }
  return brackets + mostOnLine > maxDepth;
}

/**
 * Exact check on the concrete syntax tree, before composing (which recurses): the offset of the
 * first collection, in document order, nested deeper than `maxDepth`, or -1. Iterative.
 */
export function firstDeepCollection(tokens: readonly CST.Token[], maxDepth: number): number {
  const stack: [CST.Token, number][] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  }
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!CST.isCollection(token)) continue;
    if (depth > maxDepth) return token.offset;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const { key, value } = token.items[i];
      if (value) stack.push([value, depth + 1]);
      if (key) stack.push([key, depth + 1]);
    }
  }
  return -1;
}
