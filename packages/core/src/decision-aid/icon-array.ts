/**
 * Icon-array maths (pure). The rules, each tested on its own:
 *
 * 1. Every figure is shown exactly as the content gives it: no rounding, ever. An array's icons are the figure's
 *    own numbers on a scale where they are whole people.
 * 2. One comparison = one scale where one exists: the smallest of 100, 1,000 and 10,000 on which every rate in
 *    the comparison is a whole number of people (6 and 5 per 1,000 stay 6 and 5 out of 1,000; 30 and 20 per
 *    1,000 may be shown as 3 and 2 out of 100, the same figures). Every array then has the same number of icons.
 * 3. Counts in study groups of their own sizes (8 of 545, 5 of 553) have no such scale: each array then shows
 *    its own group, every person once (545 icons, 8 of them events). Anything else, a fraction of a person on
 *    every scale (5.5 of 545) or more than 10,000 people, cannot be shown exactly and is refused (`inexact`);
 *    `parseDecisionAid` refuses such content with a path, so a widget never meets it.
 * 4. Rates in one comparison must share the time frame; mixed time frames are rejected, not converted.
 * 5. Event icons are grouped and filled from one fixed corner (the block-start, inline-start corner), row by row;
 *    in right-to-left layouts the inline-start corner is on the right.
 */

/** The round scales, smallest first. */
export const ICON_SCALES = [100, 1000, 10000] as const;
/** A round scale: 100, 1,000 or 10,000 icons. */
export type IconScale = (typeof ICON_SCALES)[number];
/** The most icons one array draws: the largest scale, and the largest study group shown person by person. */
export const MAX_ICONS = 10000;

/**
 * A chance to draw: `numerator` out of `denominator` people, over `timeFrame` (time frames are compared ignoring
 * case and extra spaces; a missing one counts as empty).
 */
export interface RateInput {
  readonly numerator: number;
  readonly denominator: number;
  readonly timeFrame?: string | undefined;
}

/** The icons of one array: events, non-events and how many in all. */
export interface IconCount {
  /** Icons drawn as events: the figure itself, on this array's scale. */
  readonly events: number;
  /** Icons drawn as non-events (`total - events`). */
  readonly nonEvents: number;
  /** Icons in this array: the comparison's scale, or the study group's size. */
  readonly total: number;
}

/**
 * What `planIconArrays` returns: one `IconCount` per rate, in the order given, or why the rates cannot be drawn
 * exactly (`empty`: no rates; `invalid-rate`: a numerator outside 0 to its denominator, or a denominator that is not
 * a positive finite number).
 */
export type IconPlan =
  | {
      readonly ok: true;
      /** The common scale, or `null` when each array shows its own study group (rule 3). */
      readonly scale: IconScale | null;
      readonly counts: readonly IconCount[];
    }
  | { readonly ok: false; readonly reason: 'empty' | 'mixed-time-frames' | 'inexact' | 'invalid-rate' };

const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** `x` as an exact fraction `[n, d]` of integers when it has at most 6 decimals (5.5 -> [55n, 10n]), else null. */
function asFraction(x: number): [bigint, bigint] | null {
  for (let k = 0, d = 1; k <= 6; k++, d *= 10) {
    const n = Math.round(x * d);
    if (Number.isSafeInteger(n) && Math.abs(x * d - n) <= 1e-9 * Math.max(1, n)) return [BigInt(n), BigInt(d)];
  }
  return null;
}

/**
 * `numerator` of `denominator` as people out of `total`, when that is a whole number (else `null`). Worked out
 * in integers, so 5.5 of 1,000 is exactly 55 of 10,000 and 1 of 10^15 is never taken for 0 of 100.
 */
export function wholeOnScale(rate: RateInput, total: number): number | null {
  const num = asFraction(rate.numerator);
  const den = asFraction(rate.denominator);
  if (!num || !den || den[0] === 0n || !Number.isSafeInteger(total)) return null;
  // (n1/d1) / (n2/d2) * total = n1 * d2 * total / (d1 * n2)
  const top = num[0] * den[1] * BigInt(total);
  const bottom = num[1] * den[0];
  return top % bottom === 0n ? Number(top / bottom) : null;
}

/** The smallest round scale on which every rate is a whole number of people (rule 2), or `null`. */
export function exactScale(rates: readonly RateInput[]): IconScale | null {
  return ICON_SCALES.find((scale) => rates.every((r) => wholeOnScale(r, scale) !== null)) ?? null;
}

/** A published chance and, optionally, its numbers for risk profiles (structurally a content `Probability`). */
export interface ProfiledRate {
  readonly numerator: number;
  readonly denominator: number;
  readonly range?: { readonly low: number; readonly high: number } | undefined;
  readonly profiles?:
    | Readonly<Record<string, { readonly numerator: number; readonly range?: ProfiledRate['range'] }>>
    | undefined;
}

/** The numbers for a probability under the chosen risk profile (its own when it has some, else the main ones). */
export function numbersFor(
  p: ProfiledRate,
  riskProfileId: string | null,
): { numerator: number; denominator: number; range?: { low: number; high: number } | undefined } {
  // Own keys only: a profile id such as "constructor" must not reach Object.prototype.
  const own = riskProfileId !== null && p.profiles && Object.hasOwn(p.profiles, riskProfileId);
  const n = (own && p.profiles?.[riskProfileId]) || p;
  return { numerator: n.numerator, denominator: p.denominator, range: n.range };
}

const count = (events: number, total: number): IconCount => ({ events, nonEvents: total - events, total });

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
  const scale = exactScale(rates);
  if (scale !== null)
    return { ok: true, scale, counts: rates.map((r) => count(wholeOnScale(r, scale) as number, scale)) };
  if (
    rates.every((r) => Number.isInteger(r.numerator) && Number.isInteger(r.denominator) && r.denominator <= MAX_ICONS)
  )
    return { ok: true, scale: null, counts: rates.map((r) => count(r.numerator, r.denominator)) };
  return { ok: false, reason: 'inexact' };
}

/** How one icon is drawn: a baseline `event`, an `extra` event (risk over a baseline), or `none` (a non-event). */
export type IconKind = 'event' | 'extra' | 'none';

/** One icon of a laid-out array: its place in fill order (`index`), its row (from the top), its column and its kind. */
export interface IconCell {
  readonly index: number;
  readonly row: number;
  /** Column in visual order from the left edge (already mirrored for right-to-left). */
  readonly column: number;
  readonly kind: IconKind;
}

/** An array laid out by `layoutIcons`: its columns and rows, and every cell in fill order. */
export interface IconLayout {
  readonly columns: number;
  readonly rows: number;
  readonly cells: readonly IconCell[];
}

/** Columns for an array of `scale` icons: 10 x 10 for 100, 40 x 25 for 1,000, 100 x 100 for 10,000, near square for a study group. */
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
