// @vitest-environment node
// The "at the limits" budgets (issue 17) decide pass or fail of `pnpm bench --only limits`; the measuring itself
// runs only in the benchmark. This checks the decision on given medians: deterministic, no browser.
import { describe, expect, it } from 'vitest';
import { LIMIT_BUDGETS, type LimitRow, type LimitsResult, limitTargets } from '../src/limits.js';
import { summarize } from '../src/stats.js';

const side = (n: number, scriptMs: number, inpMs = 0) => ({
  n,
  scriptMs: summarize([scriptMs]),
  inpMs: summarize([inpMs]),
  under: inpMs === 0 ? 1 : 0,
});

const row = (rate: number, small: number, max: number, inp = 0): LimitRow => ({
  widget: 'visit-prep',
  label: 'Keystroke in a concern',
  rate,
  small: side(5, small),
  max: side(200, max, inp),
});

const result = (rows: LimitRow[], mountMs: number): LimitsResult => ({
  maxima: {
    'question-list': { max: 1000, source: 'MAX_QUESTION_ITEMS' },
    'visit-prep': { max: 200, source: 'MAX_VISIT_PREP_ROWS' },
    'decision-aid': { max: 20, source: 'DECISION_AID_LIMITS.values' },
  },
  reps: 1,
  rows,
  mounts: [
    { widget: 'visit-prep', label: 'VisitPrep', n: 5, paintMs: summarize([mountMs]), elements: 1 },
    { widget: 'visit-prep', label: 'VisitPrep', n: 200, paintMs: summarize([mountMs]), elements: 1 },
  ],
});

describe('limits budgets', () => {
  it('meets each budget up to its line, and names the row of each miss', () => {
    const atTheLine = limitTargets(
      result([row(1, 2, 2 * LIMIT_BUDGETS.growth), row(4, 10, 20, LIMIT_BUDGETS.inpMs)], LIMIT_BUDGETS.mountMs),
    );
    // Two growth rows, one INP row (4x only), one mount row (the maximum only).
    expect(atTheLine.map((t) => t.met)).toEqual([true, true, true, true]);

    const over = limitTargets(result([row(1, 2, 4.2), row(4, 10, 20, 104)], LIMIT_BUDGETS.mountMs + 1));
    expect(over.filter((t) => !t.met).map((t) => t.target)).toEqual([
      'visit-prep: Keystroke in a concern, CPU 1x: scripting at 200 <= 2x at 5',
      'visit-prep: Keystroke in a concern, CPU 4x: INP at 200 <= 100 ms',
      'VisitPrep: mount at 200 <= 300 ms at 1x',
    ]);
    expect(over[0]?.measured).toBe('4.20 vs 2.00 ms (2.10x)');
  });

  it('reports an interaction under the 16 ms the Event Timing API reports from as met', () => {
    const [, , inp] = limitTargets(result([row(1, 1, 1), row(4, 1, 1, 0)], 1));
    expect(inp).toMatchObject({ measured: '< 16 ms', met: true });
  });
});
