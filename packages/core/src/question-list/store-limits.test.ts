// One set of limits (issue 22): whatever the store's actions do, the input they leave passes the store's own input
// schema, so a saved draft always loads again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { command, textAround } from '../test-utils/commands.js';
import {
  emptyQuestionListInput,
  MAX_ANSWER_NOTE_LENGTH,
  MAX_QUESTION_ITEMS,
  MAX_QUESTION_KEY_LENGTH,
  MAX_QUESTION_WHY_LENGTH,
  parseQuestionListInput,
  type QuestionListInput,
} from './input.js';
import { openQuestionSuggestions } from './result.js';
import { MAX_QUESTION_LENGTH } from './schema.js';
import { createQuestionListStore, type QuestionListActions } from './store.js';
import { tinyList } from './test-utils/fixture.js';

const content = tinyList;
const pick = fc.nat();
const on = <T>(values: fc.Arbitrary<T>, run: (a: QuestionListActions, i: QuestionListInput, v: T) => unknown) =>
  command(values, run);
const questionId = fc.constantFrom(...content.questions.map((q) => q.id), 'ghost');
const keyOf = (i: QuestionListInput, n: number) => i.items[n % Math.max(1, i.items.length)]?.key ?? 'missing';
/** Suggestion ids up to a little longer than a key can hold. */
const suggestionId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.integer({ min: MAX_QUESTION_KEY_LENGTH - 3, max: MAX_QUESTION_KEY_LENGTH + 1 }).map((n) => 'i'.repeat(n)),
);
const question = textAround(MAX_QUESTION_LENGTH);
const status = fc.constantFrom('asked' as const, 'answered' as const);

const anyAction = fc.oneof(
  on(questionId, (a, _, id) => a.pick(id)),
  on(questionId, (a, _, id) => a.unpick(id)),
  on(fc.constant(null), (a) => a.pickStarterSet()),
  on(fc.tuple(pick, question), (a, i, [n, t]) => a.edit(keyOf(i, n), t)),
  on(pick, (a, i, n) => a.resetWording(keyOf(i, n))),
  on(question, (a, _, t) => a.addOwn(t)),
  on(pick, (a, i, n) => a.remove(keyOf(i, n))),
  on(pick, (a, i, n) => a.moveUp(keyOf(i, n))),
  on(pick, (a, i, n) => a.moveDown(keyOf(i, n))),
  on(fc.tuple(pick, fc.integer({ min: -2, max: 2000 })), (a, i, [n, to]) => a.moveTo(keyOf(i, n), to)),
  on(pick, (a, i, n) => a.moveToTop(keyOf(i, n))),
  on(fc.tuple(pick, fc.constantFrom('open' as const, 'asked' as const)), (a, i, [n, s]) => a.mark(keyOf(i, n), s)),
  on(fc.tuple(pick, status), (a, i, [n, s]) => a.toggleStatus(keyOf(i, n), s)),
  on(fc.tuple(pick, textAround(MAX_ANSWER_NOTE_LENGTH)), (a, i, [n, note]) => a.setNote(keyOf(i, n), note)),
  on(fc.tuple(pick, fc.boolean()), (a, i, [n, f]) => a.setFollowUp(keyOf(i, n), f)),
  on(
    fc.record(
      { id: suggestionId, text: question, why: textAround(MAX_QUESTION_WHY_LENGTH) },
      { requiredKeys: ['id', 'text'] },
    ),
    (a, _, suggestion) => a.acceptSuggestion(suggestion),
  ),
  on(suggestionId, (a, _, id) => a.dismissSuggestion(id)),
  on(fc.constant(null), (a) => a.reset()),
);

/** Valid input a couple of questions (and a dismissal) short of full. */
function nearlyFull(): QuestionListInput {
  const n = MAX_QUESTION_ITEMS - 2;
  return {
    items: Array.from({ length: n }, (_, i) => ({
      key: `own:${i + 1}`,
      source: 'own' as const,
      text: `Own question ${i + 1}`,
      status: 'open' as const,
      note: '',
      followUp: false,
    })),
    dismissed: Array.from({ length: MAX_QUESTION_ITEMS - 1 }, (_, i) => `d${i}`),
    seq: n,
  };
}

describe('question list store limits', () => {
  it('any sequence of actions leaves input that parseQuestionListInput accepts', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(anyAction, { maxLength: 25 }), (startFull, actions) => {
        const start = startFull ? nearlyFull() : undefined;
        if (start) expect(parseQuestionListInput(start, content).ok).toBe(true);
        const s = createQuestionListStore(content, { initialInput: start });
        for (const run of actions) {
          run(s);
          expect(parseQuestionListInput(s.getState().input, content).issues).toEqual([]);
        }
      }),
      // Each step checks up to a thousand questions: fewer runs keep the file fast.
      { numRuns: 60 },
    );
  });

  it('refuses a suggestion whose id cannot be a key, and does not offer it', () => {
    const s = createQuestionListStore(content);
    const long = { id: 'i'.repeat(MAX_QUESTION_KEY_LENGTH + 1), text: 'Is it safe?' };
    expect(s.getState().actions.acceptSuggestion(long)).toEqual({ ok: false, reason: 'too_long', error: 'too_long' });
    expect(openQuestionSuggestions(s.getState().input, [long])).toEqual([]);
    s.getState().actions.dismissSuggestion(long.id);
    expect(s.getState().input).toEqual(emptyQuestionListInput());
  });

  it('keeps the newest dismissals when there are too many to keep', () => {
    const s = createQuestionListStore(content, { initialInput: nearlyFull() });
    s.getState().actions.dismissSuggestion('last');
    s.getState().actions.dismissSuggestion('one-more');
    const { dismissed } = s.getState().input;
    expect(dismissed).toHaveLength(MAX_QUESTION_ITEMS);
    expect(dismissed.slice(-2)).toEqual(['last', 'one-more']);
    expect(dismissed).not.toContain('d0');
  });
});
