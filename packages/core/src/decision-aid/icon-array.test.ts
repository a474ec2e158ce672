import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactScale, layoutIcons, planIconArrays, wholeOnScale } from './icon-array.js';

const r = (numerator: number, denominator: number, timeFrame = '10 years') => ({ numerator, denominator, timeFrame });

describe('icon array rules', () => {
  const events = (plan: ReturnType<typeof planIconArrays>) => (plan.ok ? plan.counts.map((c) => c.events) : plan);

  it('rules 1+2: the smallest of 100, 1,000 and 10,000 on which every figure is whole people, shared', () => {
    expect(planIconArrays([r(12, 100), r(5, 100)])).toMatchObject({ ok: true, scale: 100 });
    // 6 and 5 per 1,000 stay 6 and 5 out of 1,000: never "1 out of 100" for both.
    const plan = planIconArrays([r(6, 1000), r(5, 1000), r(0, 1000)]);
    expect(plan).toMatchObject({ ok: true, scale: 1000 });
    expect(events(plan)).toEqual([6, 5, 0]);
    // 30, 26, 29, 22, 20 per 1,000: one of them is not a whole number out of 100, so all stay on 1,000.
    expect(events(planIconArrays([30, 26, 29, 22, 20].map((n) => r(n, 1000))))).toEqual([30, 26, 29, 22, 20]);
    // The same figures on a smaller scale when that is exact: 30 and 20 per 1,000 are 3 and 2 per 100.
    expect(planIconArrays([r(30, 1000), r(20, 1000)])).toMatchObject({
      scale: 100,
      counts: [{ events: 3 }, { events: 2 }],
    });
    // A decimal figure: 5.5 and 1.8 per 1,000 are 55 and 18 out of 10,000 (exactly, not 5.499999…).
    expect(planIconArrays([r(5.5, 1000), r(1.8, 1000), r(2.9, 100)])).toMatchObject({
      ok: true,
      scale: 10000,
      counts: [{ events: 55 }, { events: 18 }, { events: 290 }],
    });
    // Different round scales are fine when one scale shows both exactly: 20 per 1,000 is 2 per 100.
    expect(events(planIconArrays([r(1, 100), r(20, 1000)]))).toEqual([1, 2]);
    expect(events(planIconArrays([r(1, 100), r(25, 1000)]))).toEqual([10, 25]);
    expect(exactScale([r(0, 7)])).toBe(100);
    expect(wholeOnScale(r(1, 3), 1000)).toBeNull();
  });

  it('rule 3: study groups of their own sizes are shown person by person; anything else is refused', () => {
    const plan = planIconArrays([r(8, 545), r(5, 553), r(4, 545)]);
    expect(plan).toEqual({
      ok: true,
      scale: null,
      counts: [
        { events: 8, nonEvents: 537, total: 545 },
        { events: 5, nonEvents: 548, total: 553 },
        { events: 4, nonEvents: 541, total: 545 },
      ],
    });
    expect(planIconArrays([r(5.5, 545), r(4, 545)])).toEqual({ ok: false, reason: 'inexact' });
    expect(planIconArrays([r(8105, 1_470_854)])).toEqual({ ok: false, reason: 'inexact' });
    expect(planIconArrays([r(3, 100_000)])).toEqual({ ok: false, reason: 'inexact' });
    expect(planIconArrays([r(1e12, 1e15)])).toMatchObject({ ok: true, scale: 1000 });
    expect(planIconArrays([r(1, 1e15)])).toEqual({ ok: false, reason: 'inexact' });
  });

  it('rule 4 and invalid rates: mixed time frames and impossible numbers are refused, not converted', () => {
    expect(planIconArrays([r(1, 100, '10 years'), r(2, 100, '5 years')])).toEqual({
      ok: false,
      reason: 'mixed-time-frames',
    });
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
    expect(events(planIconArrays([r(0, 100), r(100, 100)]))).toEqual([0, 100]);
  });

  it('property: every planned array shows exactly the figure it was given', () => {
    const scales = [100, 1000, 10000, 545, 553, 7] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...scales),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (denominator, raw, tenths) => {
          // Whole counts on the stated denominator, or figures with one decimal on a round one (5.5 per 1,000).
          const step = tenths && denominator % 10 === 0 ? 0.1 : 1;
          const rates = raw.map((n) => r(Math.round((n % (denominator + 1)) * step * 10) / 10, denominator));
          const plan = planIconArrays(rates);
          // Only a fraction of a person on every scale (e.g. 0.5 per 10,000) may be refused.
          if (!plan.ok) return plan.reason === 'inexact' && rates.some((x) => !Number.isInteger(x.numerator));
          return plan.counts.every((c, i) => {
            const rate = rates[i] as (typeof rates)[number];
            // events / total == numerator / denominator, compared without division.
            return (
              Number.isInteger(c.events) &&
              Math.abs(c.events * rate.denominator - rate.numerator * c.total) < 1e-6 &&
              c.events + c.nonEvents === c.total
            );
          });
        },
      ),
      { numRuns: 500 },
    );
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
