import { describe, expect, it } from 'vitest';
import { compilePattern, fillPattern } from '../../src/core/pattern.js';

describe('compilePattern', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['workflows/{slug}/workflow.json', 'workflows/payout/workflow.json', 'payout'],
    ['workflows/{slug}/workflow.json', 'workflows/a/b/workflow.json', undefined],
    ['workflows/{slug}/workflow.json', 'workflows/payout/workflowXjson', undefined],
    ['packages/sdk/actions/{id}/**', 'packages/sdk/actions/acme-x/schema.ts', 'acme-x'],
    ['packages/sdk/actions/{id}/**', 'packages/sdk/actions/acme-x/deep/er/file.ts', 'acme-x'],
    ['packages/sdk/actions/{id}/**', 'packages/sdk/actions/acme-x', 'acme-x'],
    ['openapi/*.yaml', 'openapi/payments.yaml', ''],
    ['openapi/*.yaml', 'openapi/sub/payments.yaml', undefined],
    ['docs/api/**', 'docs/api/a/b.md', ''],
    ['docs/**/index.md', 'docs/index.md', ''],
    ['docs/**/index.md', 'docs/a/b/index.md', ''],
    ['environments/{env}.yaml', 'environments/prod.yaml', 'prod'],
    ['environments/{env}.yaml', 'environments/prod.yml', undefined],
    // `**` in the middle and at the end: each matches no segment as well as several.
    ['docs/**/api/**', 'docs/api', ''],
    ['docs/**/api/**', 'docs/v2/api/pay/index.md', ''],
    ['docs/**/api/**', 'docs/v2/apis', undefined],
  ];
  it.each(cases)('%s ~ %s → %s', (pattern, path, expected) => {
    expect(compilePattern(pattern).match(path)).toBe(expected);
  });

  it('refuses two captures', () => {
    expect(() => compilePattern('{a}/{b}.json')).toThrow(/more than one/);
    expect(() => compilePattern('workflows/{slug}/{id}.json')).toThrow('pattern "workflows/{slug}/{id}.json" has more than one {capture}');
  });

  it('names its capture', () => {
    expect(compilePattern('workflows/{slug}/workflow.json').capture).toBe('slug');
    expect(compilePattern('openapi/*.yaml').capture).toBeUndefined();
  });

  it('treats regex characters literally', () => {
    expect(compilePattern('a+b/(x).json').match('a+b/(x).json')).toBe('');
    expect(compilePattern('a+b/(x).json').match('aab/x.json')).toBeUndefined();
    expect(compilePattern('a/flow?.json').match('a/flow?.json')).toBe('');
    expect(compilePattern('a/flow?.json').match('a/flo.json')).toBeUndefined();
    expect(compilePattern('a/flow?.json').match('a/flow.json')).toBeUndefined();
  });

  it('fills the capture', () => {
    expect(fillPattern('docs/actions/reference/generated/{id}.md', 'send')).toBe('docs/actions/reference/generated/send.md');
  });
});
