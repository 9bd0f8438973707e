import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/run/action-inputs.js';

const NAME = 'INPUT_FAIL-ON';

describe('readInputs: fail-on', () => {
  afterEach(() => {
    delete process.env[NAME];
  });

  it('leaves fail-on to the configuration when the input is empty or absent', () => {
    expect(readInputs().failOn).toBeUndefined();
    process.env[NAME] = '  ';
    expect(readInputs().failOn).toBeUndefined();
  });

  it('reads an explicit value, and refuses anything else naming the input', () => {
    process.env[NAME] = 'Warning';
    expect(readInputs().failOn).toBe('warning');
    process.env[NAME] = 'never';
    expect(() => readInputs()).toThrow(/input "fail-on" must be one of error, warning, got "never"/);
  });
});
