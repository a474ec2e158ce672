// One set of limits (issue 22): whatever the store's actions do, the input they leave passes the store's own input
// schema, so a saved draft always loads again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { command, textAround } from '../test-utils/commands.js';
import {
  type DecisionAidInput,
  emptyDecisionAidInput,
  MAX_CONCERN_LENGTH,
  MAX_CONCERNS,
  parseDecisionAidInput,
  type Rating,
  SURE_ITEMS,
} from './input.js';
import { createDecisionAidStore, type DecisionAidActions } from './store.js';
import { testDecisionAid } from './test-utils/fixture.js';

const content = testDecisionAid();
const text = textAround(MAX_CONCERN_LENGTH);
const pick = fc.nat();
const on = <T>(values: fc.Arbitrary<T>, run: (a: DecisionAidActions, i: DecisionAidInput, v: T) => unknown) =>
  command(values, run);
/** Ids the content has, and one it does not. */
const valueId = fc.constantFrom(...content.values.map((v) => v.id), 'ghost');
const optionId = fc.constantFrom(...content.options.map((o) => o.id), 'ghost');
const rating = fc.constantFrom<Rating>(0, 1, 2, 3, 4);
const concernId = (i: DecisionAidInput, n: number) => i.ownConcerns[n % Math.max(1, i.ownConcerns.length)]?.id ?? 'x';

const anyAction = fc.oneof(
  on(fc.tuple(valueId, rating), (a, _, [id, r]) => a.rate(id, r)),
  on(valueId, (a, _, id) => a.clearRating(id)),
  on(text, (a, _, t) => a.addConcern(t)),
  on(text, (a, _, t) => a.addOwnConcern(t)),
  on(
    fc.record(
      { n: pick, text, rating: fc.option(rating), optionIds: fc.array(optionId, { maxLength: 3 }) },
      { requiredKeys: ['n'] },
    ),
    (a, i, { n, ...patch }) => a.updateConcern(concernId(i, n), patch),
  ),
  on(pick, (a, i, n) => a.removeConcern(concernId(i, n))),
  on(fc.tuple(fc.constantFrom('k1', 'ghost'), fc.constantFrom('k1a', 'k1b', 'ghost')), (a, _, [q, c]) =>
    a.answerKnowledge(q, c),
  ),
  on(fc.tuple(fc.constantFrom(...SURE_ITEMS), fc.boolean()), (a, _, [item, yes]) => a.answerSure(item, yes)),
  on(fc.option(fc.oneof(optionId, fc.constant('unsure'))), (a, _, leaning) => a.setLeaning(leaning)),
  on(fc.option(fc.constantFrom('high', 'ghost')), (a, _, id) => a.setRiskProfile(id)),
  on(fc.constant(null), (a) => a.complete()),
  on(fc.constant(null), (a) => a.reset()),
);

/** Valid input one own concern short of full. */
function nearlyFull(): DecisionAidInput {
  const ownConcerns = Array.from({ length: MAX_CONCERNS - 1 }, (_, i) => ({
    id: `own-${i + 1}`,
    text: `Concern ${i + 1}`,
    rating: null,
    optionIds: [],
  }));
  return { ...emptyDecisionAidInput(), ownConcerns };
}

describe('decision aid store limits', () => {
  it('any sequence of actions leaves input that parseDecisionAidInput accepts', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(anyAction, { maxLength: 25 }), (startFull, actions) => {
        const s = createDecisionAidStore(content, { initialInput: startFull ? nearlyFull() : undefined });
        for (const run of actions) {
          run(s);
          expect(parseDecisionAidInput(s.getState().input, content).issues).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it(`refuses the ${MAX_CONCERNS + 1}st concern ('') and stops text at ${MAX_CONCERN_LENGTH} characters`, () => {
    const s = createDecisionAidStore(content, { initialInput: nearlyFull() });
    const a = s.getState().actions;
    const last = a.addConcern('x'.repeat(MAX_CONCERN_LENGTH + 1));
    expect(last).not.toBe('');
    expect(s.getState().input.ownConcerns.at(-1)?.text).toHaveLength(MAX_CONCERN_LENGTH);
    expect(a.addConcern('One too many')).toBe('');
    expect(a.addOwnConcern('One too many')).toEqual({ ok: false, reason: 'limit' });
    expect(s.getState().input.ownConcerns).toHaveLength(MAX_CONCERNS);
  });
});
