/** Damerau-free Levenshtein distance of two short strings (ids, names), case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length]!;
}

/** The candidate closest to `input` when it is close enough to be a typo, else undefined. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const squash = (x: string): string => x.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    // A missing or extra separator (korea2024 for korea-2024) counts as no difference at all.
    const d = squash(c) === squash(input) ? 0 : distance(input, c);
    if (d < bestScore) { best = c; bestScore = d; }
  }
  const allowed = Math.max(1, Math.floor(input.length / 3));
  return best !== undefined && bestScore <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)` when a candidate is close to `input`, else the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hit = closest(input, candidates);
  return hit === undefined ? '' : ` (did you mean "${hit}"?)`;
}
