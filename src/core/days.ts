/** Calendar days written `YYYY-MM-DD` (UTC): waiver expiries, evidence dates, key rotations, the run's day. */

const DAY_MS = 86_400_000;

/** Days since the epoch of a day that exists, or undefined (`2026-02-30`, `2026-13-01`, not a date). */
export function dayNumber(day: string): number | undefined {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== day) return undefined;
  return time / DAY_MS;
}

/** True when `day` names a day that exists (schemas admit `2026-02-30`). */
export function isCalendarDay(day: string): boolean {
  return dayNumber(day) !== undefined;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
