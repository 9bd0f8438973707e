import { describe, expect, it } from 'vitest';
import { encodePath, fileLineUrl, markdownLink, safeUrl } from '../../src/render/links.js';

describe('safeUrl', () => {
  it.each([
    { input: 'https://x.example/a b', expected: 'https://x.example/a%20b' },
    { input: 'https://x.example/(a)<b>"c"', expected: 'https://x.example/%28a%29%3Cb%3E%22c%22' },
    { input: 'http://x.example/é', expected: 'http://x.example/%C3%A9' },
    { input: 'https://x.example/a%20b?q=1#L2', expected: 'https://x.example/a%20b?q=1#L2' },
    { input: 'javascript:alert(1)', expected: undefined },
    { input: '//x.example/a', expected: undefined },
    { input: 'docs/rules', expected: undefined },
    { input: undefined, expected: undefined },
  ])('$input', ({ input, expected }) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('fileLineUrl', () => {
  const links = { blobBase: 'https://github.com/o/r/blob/abc/', reproduce: 'x', rulesUrl: 'https://r.example' };

  it.each([
    { file: 'workflows/a/workflow.json', line: 3, expected: 'https://github.com/o/r/blob/abc/workflows/a/workflow.json#L3' },
    { file: 'docs/a b#c?.md', line: 9, expected: 'https://github.com/o/r/blob/abc/docs/a%20b%23c%3F.md#L9' },
    { file: 'x/\ud800.md', line: 1, expected: 'https://github.com/o/r/blob/abc/x/%EF%BF%BD.md#L1' },
  ])('$file', ({ file, line, expected }) => {
    expect(fileLineUrl(links, { file, line, column: 1 })).toBe(expected);
  });

  it('is undefined without a blob base or a location', () => {
    expect(fileLineUrl({ reproduce: 'x', rulesUrl: 'y' }, { file: 'a', line: 1, column: 1 })).toBeUndefined();
    expect(fileLineUrl(links, undefined)).toBeUndefined();
  });
});

describe('markdownLink', () => {
  it('links only safe URLs', () => {
    expect(markdownLink('`a`', 'https://x.example/a b')).toBe('[`a`](https://x.example/a%20b)');
    expect(markdownLink('`a`', 'data:text/html,x')).toBe('`a`');
  });

  it('encodes path segments but keeps the slashes', () => {
    expect(encodePath('a b/c%d')).toBe('a%20b/c%25d');
  });
});

describe('links, edges', () => {
  it('refuses a link that is not http(s) or has no host, anywhere in the string', () => {
    expect(safeUrl('ftp://example.com/x')).toBeUndefined();
    expect(safeUrl('see https://example.com/x')).toBeUndefined();
    expect(safeUrl('https:///x')).toBeUndefined();
    expect(safeUrl('HTTPS://example.com/x')).toBe('HTTPS://example.com/x');
  });

  it('percent-encodes each UTF-8 byte in capitals, two digits each', () => {
    expect(safeUrl('https://example.com/é <\n')).toBe('https://example.com/%C3%A9%20%3C%0A');
  });

  it('drops every trailing slash of the blob base', () => {
    expect(fileLineUrl({ reproduce: 'x', rulesUrl: 'y', blobBase: 'https://github.com/o/r/blob/abc///' }, { file: 'a.json', line: 3, column: 1 })).toBe('https://github.com/o/r/blob/abc/a.json#L3');
  });

  it('replaces only lone surrogates, keeping a pair whole', () => {
    expect(encodePath('a\ud83d\ude00\ud800b')).toBe(`a${encodeURIComponent('\ud83d\ude00')}${encodeURIComponent('\ufffd')}b`);
    expect(encodePath('\udc00\ud83d\ude00')).toBe(`${encodeURIComponent('\ufffd')}${encodeURIComponent('\ud83d\ude00')}`);
  });
});

