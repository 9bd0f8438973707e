import { visit } from 'jsonc-parser';
import { describeCharacter, type OffsetProblem } from './problem.js';

/** jsonc-parser's `ParseErrorCode` values (an ambient const enum, so not importable under isolatedModules). */
const Code = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

interface FirstError {
  readonly code: number;
  readonly offset: number;
  readonly length: number;
  readonly container: 'object' | 'array' | undefined;
  /** The top-level value had ended before the error. */
  readonly afterRoot: boolean;
}

const FIXED_MESSAGES: Readonly<Record<number, string>> = {
  [Code.InvalidNumberFormat]: 'invalid number',
  [Code.ColonExpected]: 'expected a colon after the property name',
  [Code.CloseBraceExpected]: 'expected a comma or closing brace',
  [Code.CloseBracketExpected]: 'expected a comma or closing bracket',
  [Code.EndOfFileExpected]: 'unexpected content after the end of the JSON value',
  [Code.InvalidCommentToken]: 'comments are not allowed in JSON',
  [Code.UnexpectedEndOfComment]: 'unterminated comment',
  [Code.UnexpectedEndOfString]: 'unterminated string',
  [Code.UnexpectedEndOfNumber]: 'incomplete number',
  [Code.InvalidUnicode]: 'invalid \\u escape in string',
  [Code.InvalidEscapeCharacter]: 'invalid escape sequence in string',
  [Code.InvalidCharacter]: 'unescaped control character in string',
};

/**
 * The one fatal 'syntax' problem for text that jsonc-parser rejected: its first error, in words,
 * at the exact offset (inside a string for bad escapes and control characters). Only called on
 * the error path, after the depth scan, so the second pass and its recursion are affordable.
 */
export function jsonSyntaxProblem(text: string): OffsetProblem {
  const first = firstError(text) ?? { code: Code.ValueExpected, offset: 0, length: 0, container: undefined, afterRoot: false };
  const { message, start } = describe(text, first);
  const hint = start >= text.length ? 'close every open brace, bracket and string' : undefined;
  return { code: 'syntax', fatal: true, message, hint, start, end: Math.min(text.length, start + 1) };
}

function firstError(text: string): FirstError | undefined {
  const containers: ('object' | 'array')[] = [];
  let afterRoot = false;
  let first: FirstError | undefined;
  const close = () => {
    containers.pop();
    afterRoot ||= containers.length === 0;
  };
  visit(
    text,
    {
      onObjectBegin: () => void containers.push('object'),
      onArrayBegin: () => void containers.push('array'),
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: () => void (afterRoot ||= containers.length === 0),
      onError: (code, offset, length) => {
        first ??= { code, offset, length, container: containers.at(-1), afterRoot };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return first;
}

function describe(text: string, error: FirstError): { message: string; start: number } {
  const { code, offset, container } = error;
  if (offset >= text.length) return { message: 'unexpected end of file', start: text.length };
  const comma = trailingCommaBefore(text, offset);
  if (comma >= 0 && (code === Code.PropertyNameExpected || code === Code.ValueExpected)) {
    return { message: 'trailing comma is not allowed in JSON', start: comma };
  }
  if (error.afterRoot) return { message: FIXED_MESSAGES[Code.EndOfFileExpected], start: offset };
  switch (code) {
    case Code.InvalidSymbol:
      return { message: unexpectedSymbol(text, error), start: offset };
    case Code.PropertyNameExpected:
      return { message: 'expected a property name in double quotes', start: offset };
    case Code.ValueExpected:
      return { message: 'expected a value', start: offset };
    case Code.CommaExpected:
      return { message: `expected a comma or closing ${container === 'array' ? 'bracket' : 'brace'}`, start: offset };
    case Code.InvalidCharacter:
    case Code.InvalidEscapeCharacter:
    case Code.InvalidUnicode:
      return { message: FIXED_MESSAGES[code], start: badStringCharacter(text, offset, error.length) };
    default:
      return { message: FIXED_MESSAGES[code] ?? 'invalid JSON', start: offset };
  }
}

/** Unquoted names where a key belongs get the key message; words like `NaN` are shown whole. */
function unexpectedSymbol(text: string, error: FirstError): string {
  const token = text.slice(error.offset, error.offset + error.length);
  const before = text.slice(0, error.offset).trimEnd().at(-1);
  const keyPlace = error.container === 'object' && (before === '{' || before === ',');
  if (keyPlace && /^['A-Za-z_$]/.test(token)) return 'expected a property name in double quotes';
  if (/^[A-Za-z_$][\w$]{0,30}$/.test(token)) return `unexpected \`${token}\``;
  return `unexpected ${describeCharacter(text.codePointAt(error.offset))}`;
}

/** Offset of a `,` that directly precedes a closing `}` or `]` at `offset` (whitespace between), or -1. */
function trailingCommaBefore(text: string, offset: number): number {
  if (text[offset] !== '}' && text[offset] !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && ' \t\r\n'.includes(text[i])) i--;
  return text[i] === ',' ? i : -1;
}

/** The first control character or malformed escape inside the string token at `offset`. */
function badStringCharacter(text: string, offset: number, length: number): number {
  const end = Math.min(text.length, offset + Math.max(length, 1));
  for (let i = offset + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) return i;
    if (code !== 0x5c) continue;
    const next = text[i + 1] ?? '';
    if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next) || next === '') return i;
    i++;
  }
  return offset;
}
