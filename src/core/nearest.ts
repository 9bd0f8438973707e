import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean": the known words within Levenshtein distance max(2, floor(len/3)) of `word`,
 * nearest first, ties in code-point order; at most `max`.
 */
export function nearestWords(word: string, known: Iterable<string>, max: number): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, cost: distance(word, candidate) }))
    .filter(({ cost }) => cost > 0 && cost <= limit)
    .sort((a, b) => a.cost - b.cost || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, Math.max(0, max))
    .map(({ candidate }) => candidate);
}

/** "; did you mean `x`?" for the nearest known word, or ''. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const [near] = nearestWords(word, known, 1);
  return near === undefined ? '' : `; did you mean \`${near}\`?`;
}
