// One set of limits (issue 22): whatever the store's actions do, the input they leave passes the store's own input
// schema, so a saved draft always loads again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import type { ListMoveTarget } from '../store/list.js';
import { command, rowId, textAround } from '../test-utils/commands.js';
import {
  emptyVisitPrepInput,
  MAX_VISIT_PREP_ROWS,
  MAX_VISIT_PREP_SUGGESTION_ID,
  MAX_VISIT_PREP_TEXT,
  parseVisitPrepInput,
  type VisitPrepInput,
  type VisitPrepStep,
} from './input.js';
import { selectCanAddRow, type VisitPrepRowList } from './selectors.js';
import {
  createVisitPrepStore,
  type MedicineList,
  type MoveDirection,
  type VisitPrepActions,
  type VisitPrepStore,
} from './store.js';
import { testTemplate } from './test-utils/template.js';

const MAX = MAX_VISIT_PREP_TEXT;
const text = textAround(MAX);
const pick = fc.nat();

const input = (s: VisitPrepStore) => s.getState().input;
const act = (s: VisitPrepStore) => s.getState().actions;
const on = <T>(values: fc.Arbitrary<T>, run: (a: VisitPrepActions, i: VisitPrepInput, v: T) => unknown) =>
  command(values, run);
const medicineList = fc.constantFrom<MedicineList>('medicines', 'supplements');
const direction = fc.oneof(
  fc.constantFrom<MoveDirection>('up', 'down'),
  fc.constantFrom<ListMoveTarget>('top', 'bottom', -1, 0, 2, 500),
);
const rowList = fc.constantFrom<VisitPrepRowList>(
  'concerns',
  'timeline',
  'medicines',
  'supplements',
  'allergies',
  'conditions',
  'questions',
);
const two = fc.tuple(text, text);
const row = fc.tuple(pick, text);

const anyAction = fc.oneof(
  on(fc.constantFrom<VisitPrepStep>('concerns', 'symptoms', 'agenda'), (a, _, step) => a.setStep(step)),
  on(text, (a, _, t) => a.setReason(t)),
  on(text, (a, _, t) => a.addConcern(t)),
  // Any fields a host may pass, the list's own and others (an id, a suggestion id too long to keep).
  on(
    fc.tuple(
      rowList,
      fc.record(
        { text, name: text, note: text, substance: text, id: fc.string(), suggestionId: text },
        {
          requiredKeys: [],
        },
      ),
    ),
    (a, _, [list, row]) => a.addRow(list, row),
  ),
  on(row, (a, i, [n, t]) => a.updateConcern(rowId(i.concerns, n), t)),
  on(fc.tuple(pick, direction), (a, i, [n, d]) => a.moveConcern(rowId(i.concerns, n), d)),
  on(pick, (a, i, n) => a.removeConcern(rowId(i.concerns, n))),
  on(fc.tuple(fc.constantFrom('what', 'where', 'onset', 'better', 'worse', 'tried'), text), (a, _, [field, t]) =>
    a.updateSymptoms({ [field]: t }),
  ),
  on(fc.oneof(fc.constantFrom('Head', 'Chest'), text), (a, _, area) => a.toggleBodyArea(area)),
  on(two, (a, _, [date, note]) => a.addTimelineEntry({ date, note })),
  on(row, (a, i, [n, note]) => a.updateTimelineEntry(rowId(i.symptoms.timeline, n), { note })),
  on(pick, (a, i, n) => a.removeTimelineEntry(rowId(i.symptoms.timeline, n))),
  on(fc.tuple(medicineList, two), (a, _, [list, [name, dose]]) => a.addMedicine(list, { name, dose })),
  on(fc.tuple(medicineList, row, fc.constantFrom('yes' as const, null)), (a, i, [list, [n, reason], taking]) =>
    a.updateMedicine(list, rowId(i[list], n), { reason, taking }),
  ),
  on(fc.tuple(medicineList, pick), (a, i, [list, n]) => a.removeMedicine(list, rowId(i[list], n))),
  on(fc.boolean(), (a, _, none) => a.setNoMedicines(none)),
  on(two, (a, _, [substance, reaction]) => a.addAllergy({ substance, reaction })),
  on(row, (a, i, [n, reaction]) => a.updateAllergy(rowId(i.allergies, n), { reaction })),
  on(pick, (a, i, n) => a.removeAllergy(rowId(i.allergies, n))),
  on(fc.boolean(), (a, _, none) => a.setNoAllergies(none)),
  on(row, (a, i, [n, name]) => a.updateCondition(rowId(i.conditions, n), { name })),
  on(pick, (a, i, n) => a.removeCondition(rowId(i.conditions, n))),
  on(fc.array(text, { maxLength: 3 }), (a, _, names) =>
    a.addFromRecord({ conditions: names.map((name) => ({ name })) }),
  ),
  on(two, (a, _, [goals, worries]) => a.setWhatMatters({ goals, worries })),
  on(text, (a, _, t) => a.addQuestion(t)),
  on(fc.tuple(fc.string({ minLength: 1, maxLength: MAX_VISIT_PREP_SUGGESTION_ID + 10 }), text), (a, _, [id, t]) =>
    a.togglePickedQuestion({ id, text: t }),
  ),
  on(row, (a, i, [n, t]) => a.updateQuestion(rowId(i.questions, n), t)),
  on(fc.tuple(pick, direction), (a, i, [n, d]) => a.moveQuestion(rowId(i.questions, n), d)),
  on(pick, (a, i, n) => a.removeQuestion(rowId(i.questions, n))),
  on(fc.tuple(fc.boolean(), two), (a, _, [interpreter, [interpreterLanguage, time]]) =>
    a.setPractical({ interpreter, interpreterLanguage, time }),
  ),
  on(two, (a, _, [nextSteps, followUpDate]) => a.setAfter({ nextSteps, followUpDate })),
  on(fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (a, _, when) => a.complete(when)),
  on(fc.constant(null), (a) => a.complete()),
  on(fc.constant(null), (a) => a.reset()),
);

/** Valid input with every list one row short of full, so that a few actions reach each limit. */
function nearlyFull(): VisitPrepInput {
  const rows = <T>(prefix: string, make: (id: string) => T) =>
    Array.from({ length: MAX_VISIT_PREP_ROWS - 1 }, (_, i) => make(`${prefix}-${i + 1}`));
  const medicine = (id: string) => ({ id, name: 'x', dose: '', frequency: '', reason: '', taking: null });
  return {
    ...emptyVisitPrepInput(),
    concerns: rows('concern', (id) => ({ id, text: 'x' })).slice(0, 4),
    symptoms: { ...emptyVisitPrepInput().symptoms, timeline: rows('event', (id) => ({ id, date: '', note: '' })) },
    medicines: rows('medicine', medicine),
    supplements: rows('supplement', medicine),
    allergies: rows('allergy', (id) => ({ id, substance: 'x', reaction: '' })),
    conditions: rows('condition', (id) => ({ id, name: 'x' })),
    questions: rows('question', (id) => ({ id, text: 'x' })),
  };
}

describe('visit-prep store limits', () => {
  it('any sequence of actions leaves input that parseVisitPrepInput accepts', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(anyAction, { maxLength: 25 }), (startFull, commands) => {
        const start = startFull ? nearlyFull() : undefined;
        if (start) expect(parseVisitPrepInput(start, testTemplate).ok).toBe(true);
        const s = createVisitPrepStore(testTemplate, { initialInput: start });
        for (const run of commands) {
          run(s);
          const parsed = parseVisitPrepInput(input(s), testTemplate);
          expect(parsed.issues).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a row past the limit in every list, and says so', () => {
    const s = createVisitPrepStore(testTemplate, { initialInput: nearlyFull() });
    const a = act(s);
    const lists: [VisitPrepRowList, () => string | null][] = [
      ['timeline', () => a.addTimelineEntry()],
      ['medicines', () => a.addMedicine('medicines')],
      ['supplements', () => a.addMedicine('supplements')],
      ['allergies', () => a.addAllergy()],
      ['conditions', () => (a.addRow('conditions').ok ? 'added' : '')],
      ['questions', () => a.addQuestion()],
    ];
    for (const [list, add] of lists) {
      expect(selectCanAddRow(testTemplate, input(s), list)).toBe(true);
      expect(add()).not.toBe('');
      // The 200th row went in; the 201st does not.
      expect(selectCanAddRow(testTemplate, input(s), list)).toBe(false);
      expect(add()).toBe('');
      expect(a.addRow(list)).toEqual({ ok: false, reason: 'limit' });
    }
    expect(input(s).medicines).toHaveLength(MAX_VISIT_PREP_ROWS);
    a.togglePickedQuestion({ id: 'what-else', text: 'What else could it be?' });
    expect(input(s).questions.some((q) => q.suggestionId === 'what-else')).toBe(false);
    // The template's own smaller limit for concerns is the same check.
    for (let i = 0; i < 5; i++) a.addConcern('c');
    expect(selectCanAddRow(testTemplate, input(s), 'concerns')).toBe(false);
    expect(a.addConcern('one more')).toBeNull();
    expect(a.addRow('concerns', { text: 'one more' })).toEqual({ ok: false, reason: 'limit' });
  });

  it('stops text at the schema maximum, never inside a character', () => {
    const s = createVisitPrepStore(testTemplate);
    act(s).setReason('a'.repeat(MAX + 1));
    expect(input(s).reason).toHaveLength(MAX);
    act(s).setWhatMatters({ goals: `${'a'.repeat(MAX - 1)}😀` });
    expect(input(s).whatMatters.goals).toBe('a'.repeat(MAX - 1));
    // Text within the limit is kept exactly as typed.
    act(s).setReason('a'.repeat(MAX));
    expect(input(s).reason).toHaveLength(MAX);
  });

  it('a draft at every limit saves and loads again, nothing set aside', async () => {
    const storage = createMemoryStorage();
    const first = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }) });
    await first.hydrate();
    const a = act(first);
    for (let i = 0; i <= MAX_VISIT_PREP_ROWS; i++) a.addMedicine('medicines', { name: `m${i}` });
    a.setReason('a'.repeat(MAX + 1));
    await first.flush();
    first.destroy();

    const reloaded = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }) });
    await reloaded.hydrate();
    expect(input(reloaded).medicines).toHaveLength(MAX_VISIT_PREP_ROWS);
    expect(input(reloaded).reason).toHaveLength(MAX);
    expect([...storage.map.keys()].some((k) => k.includes(':aside:'))).toBe(false);
  });
});
