/**
 * Fitting a rendered document into a size budget by dropping parts in a given order.
 */

/** Something the document can do without, with its rendered size in the budget's unit. */
export interface Droppable {
  readonly cost: number;
  /** Records in the caller's plan that this part is no longer shown. */
  readonly drop: () => void;
}

/** Measures a string in the budget's unit. */
export type Measure = (text: string) => number;

/** Size in UTF-16 code units: what GitHub counts for the 65,536-character comment limit. */
export const utf16Length: Measure = (text) => text.length;

const encoder = new TextEncoder();

/** Size in UTF-8 bytes: what GitHub counts for the 1 MiB job summary limit. */
export const utf8Length: Measure = (text) => encoder.encode(text).length;

/**
 * Renders, and while the result exceeds `budget` drops parts in `droppables` order (enough to
 * cover the excess, then renders again, since truncation notes add a little). Returns the first
 * rendering within budget, or the last one when nothing is left to drop: what `render` never
 * makes droppable always stays.
 */
export function fitToBudget(
  render: () => string,
  droppables: readonly Droppable[],
  budget: number,
  measure: Measure,
): string {
  let text = render();
  let next = 0;
  while (measure(text) > budget && next < droppables.length) {
    let excess = measure(text) - budget;
    while (excess > 0 && next < droppables.length) {
      const part = droppables[next];
      next += 1;
      part.drop();
      excess -= part.cost;
    }
    text = render();
  }
  return text;
}
