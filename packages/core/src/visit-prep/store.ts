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

function createActions(
  commit: Commit<VisitPrepInput>,
  get: () => VisitPrepInput,
  template: VisitPrepTemplate,
  now: () => Date,
): VisitPrepActions {
  const edit = (recipe: (i: VisitPrepInput) => VisitPrepInput) => commit(recipe);
  return {
    setStep: (step) => edit((i) => (i.step === step ? i : { ...i, step })),
    setReason: (reason) => edit((i) => ({ ...i, reason })),
    addConcern: (text = '') => {
      const max = template.limits.maxConcerns;
      if (max !== undefined && get().concerns.length >= max) return null;
      const id = nextRowId('concern', get().concerns);
      edit((i) => ({ ...i, concerns: [...i.concerns, { id, text }] }));
      return id;
    },
    updateConcern: (id, text) => edit((i) => ({ ...i, concerns: patchRow(i.concerns, id, { text }) })),
    removeConcern: (id) => edit((i) => ({ ...i, concerns: i.concerns.filter((c) => c.id !== id) })),
    moveConcern: (id, direction) => edit((i) => ({ ...i, concerns: [...move(i.concerns, id, direction)] })),
    updateSymptoms: (patch) => edit((i) => ({ ...i, symptoms: { ...i.symptoms, ...patch } })),
    toggleBodyArea: (area) =>
      edit((i) => {
        const has = i.symptoms.bodyAreas.includes(area);
        const bodyAreas = has ? i.symptoms.bodyAreas.filter((a) => a !== area) : [...i.symptoms.bodyAreas, area];
        return { ...i, symptoms: { ...i.symptoms, bodyAreas } };
      }),
    addTimelineEntry: (entry = {}) => {
      const id = nextRowId('event', get().symptoms.timeline);
      edit((i) => ({
        ...i,
        symptoms: { ...i.symptoms, timeline: [...i.symptoms.timeline, { date: '', note: '', ...entry, id }] },
      }));
      return id;
    },
    updateTimelineEntry: (id, patch) =>
      edit((i) => ({ ...i, symptoms: { ...i.symptoms, timeline: patchRow(i.symptoms.timeline, id, patch) } })),
    removeTimelineEntry: (id) =>
      edit((i) => ({ ...i, symptoms: { ...i.symptoms, timeline: i.symptoms.timeline.filter((e) => e.id !== id) } })),
    addMedicine: (list, row = {}) => {
      const id = nextRowId(list === 'medicines' ? 'medicine' : 'supplement', get()[list]);
      const blank: Medicine = { id, name: '', dose: '', frequency: '', reason: '', taking: null };
      edit((i) => ({
        ...i,
        [list]: [...i[list], { ...blank, ...row, id }],
        ...(list === 'medicines' ? { noMedicines: false } : {}),
      }));
      return id;
    },
    updateMedicine: (list, id, patch) => edit((i) => ({ ...i, [list]: patchRow(i[list], id, patch) })),
    removeMedicine: (list, id) => edit((i) => ({ ...i, [list]: i[list].filter((m) => m.id !== id) })),
    setNoMedicines: (noMedicines) => edit((i) => ({ ...i, noMedicines })),
    addAllergy: (row = {}) => {
      const id = nextRowId('allergy', get().allergies);
      edit((i) => ({
        ...i,
        allergies: [...i.allergies, { substance: '', reaction: '', ...row, id }],
        noAllergies: false,
      }));
      return id;
    },
    updateAllergy: (id, patch) => edit((i) => ({ ...i, allergies: patchRow(i.allergies, id, patch) })),
    removeAllergy: (id) => edit((i) => ({ ...i, allergies: i.allergies.filter((a) => a.id !== id) })),
    setNoAllergies: (noAllergies) => edit((i) => ({ ...i, noAllergies })),
    setWhatMatters: (patch) => edit((i) => ({ ...i, whatMatters: { ...i.whatMatters, ...patch } })),
    addQuestion: (text = '') => {
      const id = nextRowId('question', get().questions);
      edit((i) => ({ ...i, questions: [...i.questions, { id, text }] }));
      return id;
    },
    togglePickedQuestion: (suggestion) =>
      edit((i) => {
        if (i.questions.some((q) => q.suggestionId === suggestion.id))
          return { ...i, questions: i.questions.filter((q) => q.suggestionId !== suggestion.id) };
        const id = nextRowId('question', i.questions);
        return { ...i, questions: [...i.questions, { id, text: suggestion.text, suggestionId: suggestion.id }] };
      }),
    updateQuestion: (id, text) => edit((i) => ({ ...i, questions: patchRow(i.questions, id, { text }) })),
    removeQuestion: (id) => edit((i) => ({ ...i, questions: i.questions.filter((q) => q.id !== id) })),
    moveQuestion: (id, direction) => edit((i) => ({ ...i, questions: [...move(i.questions, id, direction)] })),
    setPractical: (patch) => edit((i) => ({ ...i, practical: { ...i.practical, ...patch } })),
    setAfter: (patch) => edit((i) => ({ ...i, after: { ...i.after, ...patch } })),
    complete: (at) => edit((i) => ({ ...i, completedAt: at ?? now().toISOString() })),
    reset: () => edit(() => emptyVisitPrepInput(template)),
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
