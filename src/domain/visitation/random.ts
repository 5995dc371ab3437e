/**
 * A small seeded generator (mulberry32): the same seed gives the same forecast on every machine,
 * which a stored forecast and its tests rely on. Not for anything secret.
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  // The state lives in a typed array: a uint32 kept in a closure variable is a heap number, and
  // each draw would allocate one (a forecast draws millions). The bits are mulberry32's as before.
  const state = new Int32Array([seed | 0]);
  return () => {
    let t = (state[0] = (state[0] + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for run `k` of a forecast seeded with `seed`: runs are independent streams, so a run can be replayed alone. */
export function runSeed(seed: number, k: number): number {
  // splitmix32-style mixing of the pair.
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(k + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}

/** An exponential draw with the given mean (u in [0, 1), so 1 − u is never 0). */
export const exponential = (random: Random, mean: number) => -mean * Math.log(1 - random());

/** The q-quantile (0–1) of ascending `sorted`, interpolated between neighbours. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
