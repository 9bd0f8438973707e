import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { comparePlace, placeLabel, reportedLevel } from '../../src/render/finding-order.js';

const at = (file: string, line: number, column: number) => ({ file, line, column });
const finding = (ruleId: string, message: string, location?: Finding['location']): Finding => ({ ruleId, severity: 'error', message, docsUrl: 'https://example.test', ...(location ? { location } : {}) });

describe('comparePlace', () => {
  it('orders by file, line and column, located findings first, then by rule id and message', () => {
    const findings = [
      finding('b/rule', 'z'),
      finding('a/rule', 'y'),
      finding('a/rule', 'x'),
      finding('a/rule', 'm', at('b.json', 1, 1)),
      finding('a/rule', 'm', at('a.json', 2, 9)),
      finding('a/rule', 'm', at('a.json', 2, 3)),
      finding('a/rule', 'm', at('a.json', 1, 7)),
      finding('b/rule', 'm', at('a.json', 1, 7)),
      finding('a/rule', 'l', at('a.json', 1, 7)),
    ];
    expect([...findings].sort(comparePlace).map((f) => `${placeLabel(f) ?? '-'} ${f.ruleId} ${f.message}`)).toEqual([
      'a.json:1:7 a/rule l',
      'a.json:1:7 a/rule m',
      'a.json:1:7 b/rule m',
      'a.json:2:3 a/rule m',
      'a.json:2:9 a/rule m',
      'b.json:1:1 a/rule m',
      '- a/rule x',
      '- a/rule y',
      '- b/rule z',
    ]);
    expect(comparePlace(finding('a/rule', 'm', at('a.json', 1, 1)), finding('a/rule', 'm', at('a.json', 1, 1)))).toBe(0);
    expect(comparePlace(finding('a/rule', 'm'), finding('a/rule', 'm', at('a.json', 1, 1)))).toBe(1);
    expect(comparePlace(finding('a/rule', 'm', at('a.json', 1, 1)), finding('a/rule', 'm'))).toBe(-1);
  });

  it('reports an unverified finding as a warning, whatever its severity', () => {
    expect(reportedLevel({ ...finding('a/rule', 'm'), unverified: true })).toBe('warning');
    expect(reportedLevel({ ...finding('a/rule', 'm'), severity: 'notice' })).toBe('notice');
  });
});
