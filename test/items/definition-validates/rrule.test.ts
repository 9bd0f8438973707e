import { describe, expect, it } from 'vitest';
import { rruleProblem } from '../../../src/items/definition-validates/rrule.js';

const NOT_TWO_LINES = 'is not the two-line form `DTSTART:YYYYMMDDTHHMMSSZ\\nRRULE:FREQ=…`';
const CRON = 'is a cron expression; the `cronjob` trigger takes the two-line DTSTART/RRULE form';
const BARE = 'is a bare RRULE without its DTSTART line, which breaks scheduling';
const BAD_FREQ = 'has an RRULE line that does not start with a valid `FREQ=`';
const NOT_REAL = 'has a DTSTART that is not a real UTC date and time';

describe('rruleProblem', () => {
  it.each([
    [[], 'must be a string, got an array'],
    [null, 'must be a string, got null'],
    [true, 'must be a string, got a boolean'],
    [{}, 'must be a string, got an object'],
  ])('words a value that is no string: %j', (value, problem) => expect(rruleProblem(value)).toBe(problem));

  it.each([
    ['DTSTART:20261102T090000Z\nRRULE:FREQ=DAILY', undefined],
    ['DTSTART:20280229T235959Z\nRRULE:FREQ=YEARLY', undefined],
    ['XDTSTART:20261102T090000Z\nRRULE:FREQ=DAILY', NOT_TWO_LINES],
    ['DTSTART:20261102T090000Z\nRRULE:XFREQ=DAILY', BAD_FREQ],
    ['DTSTART:20261102T090000Z\nRRULE:FREQ=DAILY;bad', BAD_FREQ],
    ['DTSTART:00501102T090000Z\nRRULE:FREQ=DAILY', NOT_REAL],
    ['DTSTART:20261131T090000Z\nRRULE:FREQ=DAILY', NOT_REAL],
    ['DTSTART:20261102T240000Z\nRRULE:FREQ=DAILY', NOT_REAL],
    ['DTSTART:20261102T096000Z\nRRULE:FREQ=DAILY', NOT_REAL],
    ['DTSTART:20261102T090060Z\nRRULE:FREQ=DAILY', NOT_REAL],
    ['  FREQ=DAILY', BARE],
    ['30 10 * * 1', CRON],
    ['0  9 * * 1', CRON],
    ['0 9 1 * 1 2026', CRON],
    ['at 0 9 * * 1', NOT_TWO_LINES],
    ['0 9 * * 1 weekly', NOT_TWO_LINES],
    [' DTSTART:2026', 'has a DTSTART line not of the form `DTSTART:YYYYMMDDTHHMMSSZ` followed by one RRULE line'],
  ])('%j', (value, problem) => expect(rruleProblem(value)).toBe(problem));
});
