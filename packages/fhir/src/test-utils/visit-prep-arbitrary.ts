// Generated visit-prep inputs, shared by the round-trip property test and the golden files.
import { SEVERITY_LEVELS, TAKING_ANSWERS, type VisitPrepInput } from '@sdmkit/core';
import * as fc from 'fast-check';

export interface VisitPrepInputArbitraryOptions {
  /** Longest generated text after its first character. */
  readonly maxText: number;
  /** Body areas may be blank (what a reader must leave out). */
  readonly blankBodyAreas?: boolean;
  /** Questions may leave out the `suggestionId` key instead of holding `undefined`. */
  readonly optionalSuggestionKey?: boolean;
}

/** Valid visit-prep inputs: every field, up to 3 rows per list, unique row ids. */
export function visitPrepInputArbitrary({
  maxText,
  blankBodyAreas = false,
  optionalSuggestionKey = false,
}: VisitPrepInputArbitraryOptions): fc.Arbitrary<VisitPrepInput> {
  const text = fc.stringMatching(new RegExp(`^[A-Za-z0-9][A-Za-z0-9 ,.'?-]{0,${maxText}}$`));
  const maybe = fc.oneof(fc.constant(''), text);
  const rowId = fc.stringMatching(/^[a-z]{1,6}-[0-9]{1,3}$/);
  const rows = <T extends { id: string }>(arb: fc.Arbitrary<T>) =>
    fc.uniqueArray(arb, { maxLength: 3, selector: (r) => r.id });
  const medicine = fc.record({
    id: rowId,
    name: maybe,
    dose: maybe,
    frequency: maybe,
    reason: maybe,
    taking: fc.option(fc.constantFrom(...TAKING_ANSWERS), { nil: null }),
  });
  const question = { id: rowId, text: maybe, suggestionId: fc.option(rowId, { nil: undefined }) };
  return fc.record({
    step: fc.option(fc.constantFrom('concerns', 'symptoms', 'questions', 'agenda' as const), { nil: null }),
    reason: maybe,
    concerns: rows(fc.record({ id: rowId, text: maybe })),
    symptoms: fc.record({
      what: maybe,
      where: maybe,
      bodyAreas: fc.uniqueArray(blankBodyAreas ? fc.oneof(text, fc.constant('')) : text, { maxLength: 3 }),
      onset: maybe,
      timeline: rows(fc.record({ id: rowId, date: maybe, note: maybe })),
      better: maybe,
      worse: maybe,
      severity: fc.option(fc.constantFrom(...SEVERITY_LEVELS), { nil: null }),
      tried: maybe,
    }),
    medicines: rows(medicine),
    supplements: rows(medicine),
    noMedicines: fc.boolean(),
    allergies: rows(fc.record({ id: rowId, substance: maybe, reaction: maybe })),
    conditions: rows(fc.record({ id: rowId, name: maybe })),
    noAllergies: fc.boolean(),
    whatMatters: fc.record({ goals: maybe, worries: maybe }),
    questions: rows(
      optionalSuggestionKey ? fc.record(question, { requiredKeys: ['id', 'text'] }) : fc.record(question),
    ),
    practical: fc.record({
      interpreter: fc.boolean(),
      interpreterLanguage: maybe,
      accessibility: maybe,
      companion: maybe,
      time: maybe,
      none: fc.boolean(),
    }),
    after: fc.record({ nextSteps: maybe, tests: maybe, results: maybe, followUpDate: maybe, watchFor: maybe }),
    completedAt: fc.option(fc.constant('2026-11-01T18:00:00.000Z'), { nil: null }),
  }) as fc.Arbitrary<VisitPrepInput>;
}
