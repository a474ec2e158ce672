import { describe, expect, it } from 'vitest';
import { chooseScale, countOnScale, layoutIcons, planIconArrays, roundHalfUp } from './icon-array.js';

const r = (numerator: number, denominator: number, timeFrame = '10 years') => ({ numerator, denominator, timeFrame });

describe('icon array rules', () => {
  it('rule 1+2: uses 100 icons for every array when no rate rounds to 0 of 100', () => {
    const plan = planIconArrays([r(12, 100), r(5, 100)]);
    expect(plan).toMatchObject({ ok: true, scale: 100 });
    if (plan.ok) expect(plan.counts.map((c) => c.events)).toEqual([12, 5]);
  });

  it('rule 2: switches the whole comparison to 1000 when any rate rounds to 0 of 100', () => {
    // 4 of 1000 = 0.4 of 100 -> rounds to 0; the other array must use 1000 too.
    const plan = planIconArrays([r(4, 1000), r(29, 1000)]);
    expect(plan).toMatchObject({ ok: true, scale: 1000 });
    if (plan.ok) expect(plan.counts.map((c) => c.events)).toEqual([4, 29]);
    expect(chooseScale([r(5, 1000)])).toBe(100); // 0.5 of 100 rounds half up to 1
    expect(chooseScale([r(0, 1000)])).toBe(100); // zero is zero: no need for 1000
  });

  it('rule 3: rejects mixed time frames and mixed round scales, accepts study groups of different sizes', () => {
    expect(planIconArrays([r(1, 100, '10 years'), r(2, 100, '5 years')])).toEqual({
      ok: false,
      reason: 'mixed-time-frames',
    });
    expect(planIconArrays([r(1, 100), r(20, 1000)])).toEqual({ ok: false, reason: 'mixed-denominators' });
    const plan = planIconArrays([r(8, 545), r(5, 553)]);
    expect(plan).toMatchObject({ ok: true, scale: 100 });
    if (plan.ok) expect(plan.counts.map((c) => c.events)).toEqual([1, 1]);
    expect(planIconArrays([r(1, 100, ' 10  Years ')]).ok).toBe(true);
    expect(planIconArrays([])).toEqual({ ok: false, reason: 'empty' });
    expect(planIconArrays([r(5, 4)])).toEqual({ ok: false, reason: 'invalid-rate' });
    for (const [n, d] of [
      [-1, 100],
      [0, 0],
      [1, -5],
      [Number.NaN, 100],
      [1, Number.NaN],
      [1, Number.POSITIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    ] as const)
      expect(planIconArrays([r(1, 100), r(n, d)]), `${n} of ${d}`).toEqual({ ok: false, reason: 'invalid-rate' });
    expect(planIconArrays([r(0, 100), r(100, 100)]).ok).toBe(true);
  });

  it('rule 4: rounds half up and flags rates that would vanish or fill the array', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp((0.145 * 100) / 10)).toBe(1);
    const tiny = countOnScale(r(1, 1_000_000), 1000);
    expect(tiny).toMatchObject({ events: 0, nonEvents: 1000, belowOne: true });
    const almostAll = countOnScale(r(9999, 10000), 100);
    expect(almostAll).toMatchObject({ events: 99, nonEvents: 1, aboveMax: true });
    expect(countOnScale(r(100, 100), 100)).toMatchObject({ events: 100, aboveMax: false });
    expect(countOnScale(r(8105, 1470854), 1000).events).toBe(6);
  });

  it('rule 5: fills events from the top inline-start corner, row by row, mirrored in RTL', () => {
    const ltr = layoutIcons(100, 12);
    expect(ltr.columns).toBe(10);
    expect(ltr.rows).toBe(10);
    const events = ltr.cells.filter((c) => c.kind === 'event');
    expect(events).toHaveLength(12);
    // First row full, then two icons at the start of the second row.
    expect(events.map((c) => [c.row, c.column])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [0, i]),
      [1, 0],
      [1, 1],
    ]);
    const rtl = layoutIcons(100, 12, { dir: 'rtl' });
    expect(rtl.cells.filter((c) => c.kind === 'event').map((c) => [c.row, c.column])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [0, 9 - i]),
      [1, 9],
      [1, 8],
    ]);
    const big = layoutIcons(1000, 6);
    expect(big.columns * big.rows).toBe(1000);
    expect(big.cells.filter((c) => c.kind === 'event').every((c) => c.row === 0)).toBe(true);
  });

  it('draws extra risk over a baseline right after the baseline events, in its own kind', () => {
    const l = layoutIcons(100, 3, { extra: 2 });
    expect(l.cells.slice(0, 6).map((c) => c.kind)).toEqual(['event', 'event', 'event', 'extra', 'extra', 'none']);
  });
});
