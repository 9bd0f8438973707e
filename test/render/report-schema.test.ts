import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { validateSavedReport } from '../../src/run/saved-report-schema.js';
import { sampleReport } from './sample-report.js';

describe('schemas/report.schema.json', () => {
  it('accepts the report the gate writes, with and without its pull request', () => {
    expect(validateSavedReport(JSON.parse(renderJson(sampleReport)))).toEqual([]);
    const withPr = renderJson(sampleReport, { number: 12, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) });
    expect(validateSavedReport(JSON.parse(withPr))).toEqual([]);
  });
});
