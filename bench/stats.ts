/** The p-th percentile (0–100) of `values`, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `a` and `b` alternately, `warmup` times each unmeasured, then `iterations` times each; milliseconds per run. */
export async function timeAlternating(a: () => Promise<void>, b: () => Promise<void>, iterations: number, warmup: number) {
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [fn, out] of [[a, times.a], [b, times.b]] as const) {
      const t = performance.now();
      await fn();
      if (i >= warmup) out.push(performance.now() - t);
    }
  }
  return times;
}

export const ms = (v: number) => v.toFixed(2);
