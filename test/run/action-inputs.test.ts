import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/run/action-inputs.js';

const NAME = 'INPUT_FAIL-ON';

const TOKEN = 'INPUT_GITHUB-TOKEN';

describe('readInputs', () => {
  beforeEach(() => {
    process.env[TOKEN] = 'ghs_test';
  });
  afterEach(() => {
    delete process.env[NAME];
    delete process.env[TOKEN];
  });

  it('refuses an empty github-token, saying what to pass', () => {
    process.env[TOKEN] = ' ';
    expect(() => readInputs()).toThrow(/input "github-token" is empty: pass `\$\{\{ github.token \}\}`/);
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
