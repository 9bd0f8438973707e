/** A list of addresses for a message: the first three, shortened, and how many more. */
export function listed(values: readonly string[]): string {
  const short = values.slice(0, 3).map((v) => (v.length > 14 ? `${v.slice(0, 6)}…${v.slice(-4)}` : v));
  return `[${short.join(', ')}${values.length > 3 ? `, and ${values.length - 3} more` : ''}]`;
}
