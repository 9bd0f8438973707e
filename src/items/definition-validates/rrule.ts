/**
 * The `cronjob` trigger's `rrule`: a two-line iCal string `DTSTART:YYYYMMDDTHHMMSSZ\nRRULE:FREQ=…`
 * (b3os-platform.md §3.2, from the MCP guide). A bare RRULE breaks scheduling; a 5-field cron is
 * the legacy `props.schedule` format, which the current trigger does not read.
 */

/** How to write it; shown with every rrule finding. */
export const RRULE_HINT =
  'write one string of two lines joined by \\n, e.g. "DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;BYDAY=MO"; put the time of day in DTSTART (UTC), not in BYHOUR';

const TWO_LINES = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\nRRULE:(.*)$/;
const FREQ = /^FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[A-Za-z0-9,+:-]+)*$/;
const BARE = /^(?:RRULE:)?FREQ=/;
const CRON = /^[\d*?/,LW#A-Z-]+(?:\s+[\d*?/,LW#A-Z-]+){4,5}$/;

/** What is wrong with an `rrule` value (never echoing it), or undefined when it is well formed. */
export function rruleProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
  const text = value.trim();
  if (value.includes('\r')) return 'separates its lines with \\r\\n; use \\n';
  const match = TWO_LINES.exec(value);
  if (match) {
    if (!isRealTime(match.slice(1, 7))) return 'has a DTSTART that is not a real UTC date and time';
    return FREQ.test(match[7]) ? undefined : 'has an RRULE line that does not start with a valid `FREQ=`';
  }
  if (BARE.test(text)) return 'is a bare RRULE without its DTSTART line, which breaks scheduling';
  if (CRON.test(text)) return 'is a cron expression; the `cronjob` trigger takes the two-line DTSTART/RRULE form';
  if (text.startsWith('DTSTART')) return 'has a DTSTART line not of the form `DTSTART:YYYYMMDDTHHMMSSZ` followed by one RRULE line';
  return 'is not the two-line form `DTSTART:YYYYMMDDTHHMMSSZ\\nRRULE:FREQ=…`';
}

/** Whether the six zero-padded DTSTART fields name a real UTC time: out-of-range fields roll over in `Date.UTC`, and years 0–99 map to 1900–1999. */
function isRealTime([year, month, day, hour, minute, second]: string[]): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  return date.toISOString().slice(0, 19) === `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}
