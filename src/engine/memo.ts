/**
 * `compute` memoised by its string argument. The cross-line stages compute the same things of the same names
 * and phrases for every mention, and an incremental analysis meets them all again after each edit; kept
 * results are forgotten all at once when there are `limit` of them, so memory stays bounded on huge inputs.
 * Results are shared: callers must not mutate them.
 */
export function memoized<T>(compute: (s: string) => T, limit = 50_000): (s: string) => T {
  const kept = new Map<string, T>();
  return (s) => {
    let result = kept.get(s);
    if (result === undefined && !kept.has(s)) {
      if (kept.size >= limit) kept.clear();
      kept.set(s, (result = compute(s)));
    }
    return result as T;
  };
}
