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
 * Linear growth check from medians at sizes n1 < n2 < n3: the cost per added item between the two largest sizes
 * is compared with the one between the two smallest. About 1 means linear; well above 1 means it grows faster
 * than the list (quadratic work shows as ~10 per tenfold step).
 */
export function growth(points: readonly { n: number; value: number }[]): {
  slopes: number[];
  slopeRatio: number;
  verdict: 'linear or better' | 'worse than linear';
} {
  const slopes: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) slopes.push((b.value - a.value) / (b.n - a.n));
  }
  const first = slopes[0] ?? Number.NaN;
  const last = slopes[slopes.length - 1] ?? Number.NaN;
  // Fixed costs dominate small lists, so the first slope is noisy: a ratio up to 2 is still linear.
  const slopeRatio = first > 0 ? last / first : Number.NaN;
  return { slopes, slopeRatio, verdict: slopeRatio <= 2 || !(first > 0) ? 'linear or better' : 'worse than linear' };
}
