import {
  type Commit,
  createWidgetStore,
  type WidgetDefinition,
  type WidgetStore,
  type WidgetStoreOptions,
} from '../store/create-widget-store.js';
import {
  type AfterVisit,
  type Allergy,
  emptyVisitPrepInput,
  type Medicine,
  type PracticalNeeds,
  parseVisitPrepInput,
  type SymptomStory,
  type TimelineEntry,
  type VisitPrepInput,
  type VisitPrepStep,
  type WhatMatters,
} from './input.js';
import type { VisitPrepTemplate } from './template.js';

export type MedicineList = 'medicines' | 'supplements';
export type MoveDirection = 'up' | 'down';

/** Every way the patient changes their input. All are safe to call with unknown ids (they do nothing). */
export interface VisitPrepActions {
  setStep(step: VisitPrepStep): void;
  setReason(text: string): void;
  /** Adds a concern at the end; returns its id, or null when the template's `maxConcerns` is reached. */
  addConcern(text?: string): string | null;
  updateConcern(id: string, text: string): void;
  removeConcern(id: string): void;
  moveConcern(id: string, direction: MoveDirection): void;
  updateSymptoms(patch: Partial<Omit<SymptomStory, 'timeline' | 'bodyAreas'>>): void;
  toggleBodyArea(area: string): void;
  addTimelineEntry(entry?: Partial<Omit<TimelineEntry, 'id'>>): string;
  updateTimelineEntry(id: string, patch: Partial<Omit<TimelineEntry, 'id'>>): void;
  removeTimelineEntry(id: string): void;
  addMedicine(list: MedicineList, row?: Partial<Omit<Medicine, 'id'>>): string;
  updateMedicine(list: MedicineList, id: string, patch: Partial<Omit<Medicine, 'id'>>): void;
  removeMedicine(list: MedicineList, id: string): void;
  setNoMedicines(none: boolean): void;
  addAllergy(row?: Partial<Omit<Allergy, 'id'>>): string;
  updateAllergy(id: string, patch: Partial<Omit<Allergy, 'id'>>): void;
  removeAllergy(id: string): void;
  setNoAllergies(none: boolean): void;
  setWhatMatters(patch: Partial<WhatMatters>): void;
  /** Adds the patient's own question; returns its id. */
  addQuestion(text?: string): string;
  /** Adds a suggested question (once), or removes it if already picked. */
  togglePickedQuestion(suggestion: { readonly id: string; readonly text: string }): void;
  updateQuestion(id: string, text: string): void;
  removeQuestion(id: string): void;
  moveQuestion(id: string, direction: MoveDirection): void;
  setPractical(patch: Partial<PracticalNeeds>): void;
  setAfter(patch: Partial<AfterVisit>): void;
  /** Marks the preparation as finished at `at` (ISO time), or now by the store's clock. */
  complete(at?: string): void;
  /** Clears every answer in memory (use the store's `clearSaved` to remove saved data too). */
  reset(): void;
}

/** Next id for a list: `<prefix>-<n>`, one more than the largest used. Pure, so ids survive reloads. */
export function nextRowId(prefix: string, rows: readonly { readonly id: string }[]): string {
  let max = 0;
  for (const r of rows) {
    const m = /-(\d+)$/.exec(r.id);
    if (m?.[1]) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${max + 1}`;
}

function move<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  direction: MoveDirection,
): readonly T[] {
  const from = list.findIndex((x) => x.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

const patchRow = <T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  patch: NoInfer<Partial<Omit<T, 'id'>>>,
): T[] => list.map((r) => (r.id === id ? { ...r, ...patch, id: r.id } : r));

/** The input's lists of rows with ids, edited the same way. */
type RowList = 'concerns' | 'medicines' | 'supplements' | 'allergies' | 'questions';
type Row<K extends RowList> = VisitPrepInput[K][number];
/** The input's groups of fields, each changed with a patch. */
type FieldGroup = 'symptoms' | 'whatMatters' | 'practical' | 'after';

function createActions(
  commit: Commit<VisitPrepInput>,
  get: () => VisitPrepInput,
  template: VisitPrepTemplate,
  now: () => Date,
): VisitPrepActions {
  const rows = <K extends RowList>(
    key: K,
    change: (list: readonly Row<K>[]) => readonly Row<K>[],
    also: Partial<VisitPrepInput> = {},
  ) => commit((i) => ({ ...i, [key]: change(i[key]), ...also }));
  const append = <K extends RowList>(key: K, row: Row<K>, also?: Partial<VisitPrepInput>) =>
    rows(key, (list) => [...list, row], also);
  const update = <K extends RowList>(key: K, id: string, patch: Partial<Omit<Row<K>, 'id'>>) =>
    rows(key, (list) => patchRow(list, id, patch));
  const remove = (key: RowList, id: string) => rows(key, (list) => list.filter((r) => r.id !== id));
  const reorder = (key: RowList, id: string, direction: MoveDirection) =>
    rows(key, (list) => move(list, id, direction));
  const merge = <K extends FieldGroup>(key: K, patch: Partial<VisitPrepInput[K]>) =>
    commit((i) => ({ ...i, [key]: { ...i[key], ...patch } }));
  const symptoms = (change: (s: SymptomStory) => Partial<SymptomStory>) =>
    commit((i) => ({ ...i, symptoms: { ...i.symptoms, ...change(i.symptoms) } }));
  return {
    setStep: (step) => commit((i) => (i.step === step ? i : { ...i, step })),
    setReason: (reason) => commit((i) => ({ ...i, reason })),
    addConcern: (text = '') => {
      const max = template.limits.maxConcerns;
      if (max !== undefined && get().concerns.length >= max) return null;
      const id = nextRowId('concern', get().concerns);
      append('concerns', { id, text });
      return id;
    },
    updateConcern: (id, text) => update('concerns', id, { text }),
    removeConcern: (id) => remove('concerns', id),
    moveConcern: (id, direction) => reorder('concerns', id, direction),
    updateSymptoms: (patch) => merge('symptoms', patch),
    toggleBodyArea: (area) =>
      symptoms(({ bodyAreas }) => ({
        bodyAreas: bodyAreas.includes(area) ? bodyAreas.filter((a) => a !== area) : [...bodyAreas, area],
      })),
    addTimelineEntry: (entry = {}) => {
      const id = nextRowId('event', get().symptoms.timeline);
      symptoms(({ timeline }) => ({ timeline: [...timeline, { date: '', note: '', ...entry, id }] }));
      return id;
    },
    updateTimelineEntry: (id, patch) => symptoms(({ timeline }) => ({ timeline: patchRow(timeline, id, patch) })),
    removeTimelineEntry: (id) => symptoms(({ timeline }) => ({ timeline: timeline.filter((e) => e.id !== id) })),
    addMedicine: (list, row = {}) => {
      const id = nextRowId(list === 'medicines' ? 'medicine' : 'supplement', get()[list]);
      const blank = { name: '', dose: '', frequency: '', reason: '', taking: null };
      append(list, { ...blank, ...row, id }, list === 'medicines' ? { noMedicines: false } : {});
      return id;
    },
    updateMedicine: update,
    removeMedicine: remove,
    setNoMedicines: (noMedicines) => commit((i) => ({ ...i, noMedicines })),
    addAllergy: (row = {}) => {
      const id = nextRowId('allergy', get().allergies);
      append('allergies', { substance: '', reaction: '', ...row, id }, { noAllergies: false });
      return id;
    },
    updateAllergy: (id, patch) => update('allergies', id, patch),
    removeAllergy: (id) => remove('allergies', id),
    setNoAllergies: (noAllergies) => commit((i) => ({ ...i, noAllergies })),
    setWhatMatters: (patch) => merge('whatMatters', patch),
    addQuestion: (text = '') => {
      const id = nextRowId('question', get().questions);
      append('questions', { id, text });
      return id;
    },
    togglePickedQuestion: (suggestion) =>
      rows('questions', (questions) =>
        questions.some((q) => q.suggestionId === suggestion.id)
          ? questions.filter((q) => q.suggestionId !== suggestion.id)
          : [
              ...questions,
              { id: nextRowId('question', questions), text: suggestion.text, suggestionId: suggestion.id },
            ],
      ),
    updateQuestion: (id, text) => update('questions', id, { text }),
    removeQuestion: (id) => remove('questions', id),
    moveQuestion: (id, direction) => reorder('questions', id, direction),
    setPractical: (patch) => merge('practical', patch),
    setAfter: (patch) => merge('after', patch),
    complete: (at) => commit((i) => ({ ...i, completedAt: at ?? now().toISOString() })),
    reset: () => commit(() => emptyVisitPrepInput(template)),
  };
}

/** The visit-prep widget for the shared store machinery (persistence, controlled mode). */
export const visitPrepWidget: WidgetDefinition<VisitPrepTemplate, VisitPrepInput, VisitPrepActions> = {
  widget: 'visit-prep',
  emptyInput: emptyVisitPrepInput,
  parseInput: parseVisitPrepInput,
  actions: createActions,
};

export type VisitPrepStore = WidgetStore<VisitPrepTemplate, VisitPrepInput, VisitPrepActions>;

/** One store per visit-prep instance; pass `persist` to keep drafts across reloads. */
export function createVisitPrepStore(
  template: VisitPrepTemplate,
  options: WidgetStoreOptions<VisitPrepInput> = {},
): VisitPrepStore {
  return createWidgetStore(visitPrepWidget, template, options);
}
