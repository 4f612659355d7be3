/**
 * The one did-you-mean of Casus: the loader's hints and every command's suggestions (unknown ids,
 * options, scenarios, parameters) call it. A candidate is a likely typo of a word when it differs
 * only in case or in its separators (`korea2024`, `Korea_2024` for `korea-2024`), or is within an
 * edit distance that counts a swap of two neighbouring letters as one edit (optimal string
 * alignment: `korea-2042` is one edit from `korea-2024`, two from `korea-2010`) of at most 1 for
 * words of three letters or fewer and 2 otherwise, and less than half the word's length.
 */

/** Case and the separators `-`, `_` and spaces do not count as differences. */
function squash(x: string): string {
  return x.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The candidates close enough to `word` to be what was meant, closest first; ties keep the
 * candidates' order, so suggestions follow declaration order. At most `max` of them.
 */
export function closestMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = word.length <= 3 ? 1 : 2;
  const found: { candidate: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    order++;
    if (candidate === word) continue;
    const d = squash(candidate) === squash(word) ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    // Half the letters changed is a different word, not a typo ("Q" is not a misspelt "A").
    if (d <= limit && (d === 0 || d * 2 < Math.max(word.length, candidate.length))) found.push({ candidate, distance: d, order });
  }
  return found.sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, max).map((f) => f.candidate);
}

/** The closest candidate to a misspelt word ({@link closestMatches}), if one is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return closestMatches(word, candidates, 1)[0];
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (PKR → PRK), giving up
 * (returning limit + 1) once it cannot be within the limit.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The hint text for a suggestion, or undefined when there is none. */
export function suggestionHint(word: string, candidates: Iterable<string>): string | undefined {
  const s = didYouMean(word, candidates);
  return s === undefined ? undefined : `did you mean "${s}"?`;
}
