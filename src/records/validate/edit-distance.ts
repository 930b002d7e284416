/** Levenshtein distance between two strings, by code point. */
export function editDistance(left: string, right: string): number {
  const a = Array.from(left);
  const b = Array.from(right);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest of `candidates` to `text`: each candidate has a display name and the spellings it is
 * known by. Only those at the smallest distance found, and within half the text's length (at
 * least 1); at most `limit`, in name order.
 */
export function closestNames(text: string, candidates: Iterable<{ display: string; spellings: readonly string[] }>, limit = 3): string[] {
  const threshold = Math.max(1, Math.floor(Array.from(text).length / 2));
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    for (const spelling of candidate.spellings) {
      const distance = editDistance(text, spelling);
      if (distance <= threshold && distance < (best.get(candidate.display) ?? Number.POSITIVE_INFINITY)) {
        best.set(candidate.display, distance);
      }
    }
  }
  const smallest = Math.min(...best.values());
  return [...best.entries()]
    .filter(([, distance]) => distance === smallest)
    .map(([display]) => display)
    .sort((left, right) => left.localeCompare(right, 'zh'))
    .slice(0, limit);
}

/** ` (did you mean A, B or C?)`, or nothing without suggestions. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const last = suggestions[suggestions.length - 1];
  const rest = suggestions.slice(0, -1);
  return ` (did you mean ${rest.length === 0 ? last : `${rest.join(', ')} or ${last}`}?)`;
}
