/**
 * Icon-array maths (pure). The rules, each tested on its own:
 *
 * 1. One comparison = one scale. Every array in a comparison has the same number of icons.
 * 2. The scale is 100, unless some rate above zero would round to 0 of 100; then it is 1000 for every array.
 * 3. Rates in one comparison must share the time frame; mixed time frames are rejected, not converted.
 *    Rates stated on different round scales (e.g. "per 100" next to "per 1000") are rejected too; counts from
 *    study groups of different sizes (8 of 545, 5 of 553) are fine: they are converted to the common scale.
 * 4. Icons = rate x scale, rounded half up. A rate above zero that still rounds to 0 of 1000 shows 0 icons and
 *    is flagged `belowOne` (say "fewer than 1"); a rate below 1 that would round to every icon shows one
 *    icon less and is flagged `aboveMax` (say "more than 999"), so events and non-events both stay visible
 *    only when they exist.
 * 5. Event icons are grouped and filled from one fixed corner (the block-start, inline-start corner), row by row;
 *    in right-to-left layouts the inline-start corner is on the right.
 */

export type IconScale = 100 | 1000;

export interface RateInput {
  readonly numerator: number;
  readonly denominator: number;
  readonly timeFrame?: string | undefined;
}

export interface IconCount {
  /** Icons drawn as events. */
  readonly events: number;
  /** Icons drawn as non-events (`scale - events`). */
  readonly nonEvents: number;
  /** The exact rate on this scale, before rounding. */
  readonly exact: number;
  /** True when the rate is above zero but below half an icon. */
  readonly belowOne: boolean;
  /** True when the rate is below 1 but rounds to the whole array. */
  readonly aboveMax: boolean;
}

export type IconPlan =
  | { readonly ok: true; readonly scale: IconScale; readonly counts: readonly IconCount[] }
  | { readonly ok: false; readonly reason: 'empty' | 'mixed-time-frames' | 'mixed-denominators' | 'invalid-rate' };

const ROUND_SCALES = new Set([10, 100, 1000, 10000, 100000]);

/** Round half up, robust to floating error (2.5 -> 3, 0.49999999 -> 0). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}

const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Counts on a given scale, with rule 4. */
export function countOnScale(rate: RateInput, scale: IconScale): IconCount {
  const exact = (rate.numerator / rate.denominator) * scale;
  let events = roundHalfUp(exact);
  const belowOne = rate.numerator > 0 && events === 0;
  const aboveMax = rate.numerator < rate.denominator && events >= scale;
  if (aboveMax) events = scale - 1;
  return { events, nonEvents: scale - events, exact, belowOne, aboveMax };
}

/** The scale for a whole comparison (rule 2). */
export function chooseScale(rates: readonly RateInput[]): IconScale {
  return rates.some((r) => r.numerator > 0 && roundHalfUp((r.numerator / r.denominator) * 100) === 0) ? 1000 : 100;
}

/** Plans the arrays of one comparison (rules 1-4). */
export function planIconArrays(rates: readonly RateInput[]): IconPlan {
  if (rates.length === 0) return { ok: false, reason: 'empty' };
  // Valid: 0 <= numerator <= denominator, 0 < denominator < Infinity (NaN fails every comparison).
  if (
    !rates.every(
      (r) => r.numerator >= 0 && r.numerator <= r.denominator && r.denominator > 0 && r.denominator < Infinity,
    )
  )
    return { ok: false, reason: 'invalid-rate' };
  const frames = new Set(rates.map((r) => norm(r.timeFrame)));
  if (frames.size > 1) return { ok: false, reason: 'mixed-time-frames' };
  const roundScales = new Set(rates.map((r) => r.denominator).filter((d) => ROUND_SCALES.has(d)));
  if (roundScales.size > 1) return { ok: false, reason: 'mixed-denominators' };
  const scale = chooseScale(rates);
  return { ok: true, scale, counts: rates.map((r) => countOnScale(r, scale)) };
}

export type IconKind = 'event' | 'extra' | 'none';

export interface IconCell {
  readonly index: number;
  readonly row: number;
  /** Column in visual order from the left edge (already mirrored for right-to-left). */
  readonly column: number;
  readonly kind: IconKind;
}

export interface IconLayout {
  readonly columns: number;
  readonly rows: number;
  readonly cells: readonly IconCell[];
}

/** Columns used for each scale: 10 x 10 for 100; 40 x 25 for 1000. */
export function columnsFor(scale: number): number {
  return scale === 1000 ? 40 : Math.ceil(Math.sqrt(scale));
}

/**
 * Lays out icons (rule 5): `events` baseline events first, then `extra` events (extra risk over a baseline, drawn
 * in their own colour), then non-events, filled row by row from the top inline-start corner.
 */
export function layoutIcons(
  scale: number,
  events: number,
  options: { readonly extra?: number; readonly dir?: 'ltr' | 'rtl'; readonly columns?: number } = {},
): IconLayout {
  const columns = options.columns ?? columnsFor(scale);
  const extra = options.extra ?? 0;
  const rows = Math.ceil(scale / columns);
  const cells: IconCell[] = [];
  for (let index = 0; index < scale; index++) {
    const row = Math.floor(index / columns);
    const logical = index % columns;
    const column = options.dir === 'rtl' ? columns - 1 - logical : logical;
    const kind: IconKind = index < events ? 'event' : index < events + extra ? 'extra' : 'none';
    cells.push({ index, row, column, kind });
  }
  return { columns, rows, cells };
}
