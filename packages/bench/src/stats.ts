// Small, dependency-free statistics for the report.

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  };
}

export const ms = (v: number, digits = 1) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');

/** "12.3 ms (IQR 11.0–14.2, min 10.1, max 20.4)" */
export function spread(s: Summary, digits = 1): string {
  return `${ms(s.median, digits)} (IQR ${s.p25.toFixed(digits)}–${s.p75.toFixed(digits)}, min ${s.min.toFixed(digits)}, max ${s.max.toFixed(digits)})`;
}

/**
 * Linear growth check from medians at sizes n1 < n2 < n3. The marginal cost per item between the two largest
 * sizes is compared with the average cost per item at the middle size: about 1 is linear, below 1 means fixed
 * costs dominate (sub-linear), and work that grows with the square of the list shows as 3 or more (11 for a
 * tenfold step). Up to 2 counts as linear, to allow for noise.
 */
export function growth(points: readonly { n: number; value: number }[]): {
  slopes: number[];
  ratio: number;
  verdict: 'sub-linear' | 'linear' | 'worse than linear';
} {
  const slopes: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) slopes.push((b.value - a.value) / (b.n - a.n));
  }
  const mid = points[points.length - 2];
  const marginal = slopes[slopes.length - 1] ?? Number.NaN;
  const ratio = mid && mid.value > 0 ? marginal / (mid.value / mid.n) : Number.NaN;
  return { slopes, ratio, verdict: ratio > 2 ? 'worse than linear' : ratio < 0.5 ? 'sub-linear' : 'linear' };
}
