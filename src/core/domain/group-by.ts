/** Values grouped by key, each group in the order given (for batched reads answering many ids at once). */
export function groupBy<K, V>(pairs: Iterable<readonly [K, V]>): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const [key, value] of pairs) {
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}
