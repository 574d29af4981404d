/**
 * Edit distance between two short strings: insertions, deletions, substitutions and swaps of
 * two neighbouring letters each cost 1 (optimal string alignment), so `nmae` is 1 from `name`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let d = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** Words longer than this get no suggestion (a hostile multi-megabyte key stays cheap). */
const maxSuggestLength = 200;

/**
 * The closest candidate to a misspelt word, or undefined when none is close enough to be a
 * plausible typo (distance at most a third of the word, and at least 1 allowed).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  // No key or id is this long: a typo cannot be meant, and the distance costs length².
  if (word.length > maxSuggestLength) return undefined;
  const allowed = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // the length difference is a lower bound of the distance: too far, skip the costly part
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** "did you mean …?" for a misspelt word, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/**
 * The candidates that start with `word`, or, when none does, those that contain it (ignoring
 * case), so `costa` finds `costa-care`. `labels` lets a candidate also be matched by another text
 * (a vendor's name). Empty for a blank word.
 */
export function partialMatches(
  word: string,
  candidates: Iterable<string>,
  labels: (candidate: string) => string[] = (c) => [c],
): string[] {
  const lower = word.trim().toLowerCase();
  if (lower === '') return [];
  const all = [...new Set(candidates)];
  const texts = (c: string): string[] => labels(c).map((t) => t.toLowerCase());
  const starting = all.filter((c) => texts(c).some((t) => t.startsWith(lower)));
  return starting.length > 0
    ? starting
    : all.filter((c) => texts(c).some((t) => t.includes(lower)));
}
