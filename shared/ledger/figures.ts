/**
 * Whole percentages that add up to exactly 100 (the largest-remainder method): each share is
 * rounded down, then the points still missing go to the shares with the largest remainders
 * (ties to the earlier key). Plain rounding can show 33 + 33 + 33 = 99 %. With nothing counted
 * there are no rates: null, shown as "—".
 */
export function wholePercentages<K extends string>(counts: Record<K, number>, keys: readonly K[]): Record<K, number> | null {
  const total = keys.reduce((sum, key) => sum + counts[key], 0);
  if (total === 0) return null;
  const shares = keys.map((key, order) => {
    const exact = (counts[key] * 100) / total;
    return { key, order, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let missing = 100 - shares.reduce((sum, share) => sum + share.floor, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (missing === 0) break;
    share.floor += 1;
    missing -= 1;
  }
  const rates = {} as Record<K, number>;
  for (const share of shares) rates[share.key] = share.floor;
  return rates;
}

/** A zero count for every key. */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}
