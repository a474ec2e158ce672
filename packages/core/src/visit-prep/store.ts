import { clipText } from '../content/common.js';
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
  MAX_VISIT_PREP_BODY_AREAS,
  MAX_VISIT_PREP_SUGGESTION_ID,
  MAX_VISIT_PREP_TEXT,
  MAX_VISIT_PREP_TIME,
  type Medicine,
  type PracticalNeeds,
  parseVisitPrepInput,
  type SymptomStory,
  type TimelineEntry,
  type VisitPrepInput,
  type VisitPrepStep,
  type WhatMatters,
} from './input.js';
import { selectCanAddRow } from './selectors.js';
import type { VisitPrepTemplate } from './template.js';

export type MedicineList = 'medicines' | 'supplements';
export type MoveDirection = 'up' | 'down';

/**
 * Every way the patient changes their input. All are safe to call with unknown ids (they do nothing). The store
 * holds only input its own schema takes: text is stopped at `MAX_VISIT_PREP_TEXT` characters, and a list that
 * is full (`selectCanAddRow`) takes no more rows.
 */
export interface VisitPrepActions {
  setStep(step: VisitPrepStep): void;
  setReason(text: string): void;
  /** Adds a concern at the end; returns its id, or null when the list is full (the template's `maxConcerns`). */
  addConcern(text?: string): string | null;
  updateConcern(id: string, text: string): void;
  removeConcern(id: string): void;
  moveConcern(id: string, direction: MoveDirection): void;
  updateSymptoms(patch: Partial<Omit<SymptomStory, 'timeline' | 'bodyAreas'>>): void;
  toggleBodyArea(area: string): void;
  /** Adds a change to the timeline; returns its id, or `''` when the list is full. */
  addTimelineEntry(entry?: Partial<Omit<TimelineEntry, 'id'>>): string;
  updateTimelineEntry(id: string, patch: Partial<Omit<TimelineEntry, 'id'>>): void;
  removeTimelineEntry(id: string): void;
  /** Adds a medicine or supplement; returns its id, or `''` when the list is full. */
  addMedicine(list: MedicineList, row?: Partial<Omit<Medicine, 'id'>>): string;
  updateMedicine(list: MedicineList, id: string, patch: Partial<Omit<Medicine, 'id'>>): void;
  removeMedicine(list: MedicineList, id: string): void;
  setNoMedicines(none: boolean): void;
  /** Adds an allergy; returns its id, or `''` when the list is full. */
  addAllergy(row?: Partial<Omit<Allergy, 'id'>>): string;
  updateAllergy(id: string, patch: Partial<Omit<Allergy, 'id'>>): void;
  removeAllergy(id: string): void;
  setNoAllergies(none: boolean): void;
  setWhatMatters(patch: Partial<WhatMatters>): void;
  /** Adds the patient's own question; returns its id, or `''` when the list is full. */
  addQuestion(text?: string): string;
  /** Adds a suggested question (once, while the list has room), or removes it if already picked. */
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
    // Longer numbers are not exact as a JS number; no id made here can equal them, so they are left out.
    if (m?.[1] && m[1].length <= 15) max = Math.max(max, Number(m[1]));
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

/** Text stopped at the schema's maximum. */
const clip = (text: string) => clipText(text, MAX_VISIT_PREP_TEXT);

/** A patch (or new row) with every text in it stopped at the schema's maximum; the same object when none is longer. */
function clipTexts<T extends object>(patch: T): T {
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(patch)) {
    if (typeof value !== 'string' || value.length <= MAX_VISIT_PREP_TEXT) continue;
    out ??= { ...(patch as Record<string, unknown>) };
    out[key] = clip(value);
  }
  return (out as T | null) ?? patch;
}

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
    rows(key, (list) => patchRow(list, id, clipTexts(patch)));
  const remove = (key: RowList, id: string) => rows(key, (list) => list.filter((r) => r.id !== id));
  const reorder = (key: RowList, id: string, direction: MoveDirection) =>
    rows(key, (list) => move(list, id, direction));
  const merge = <K extends FieldGroup>(key: K, patch: Partial<VisitPrepInput[K]>) =>
    commit((i) => ({ ...i, [key]: { ...i[key], ...clipTexts(patch) } }));
  const canAdd = (list: Parameters<typeof selectCanAddRow>[2]) => selectCanAddRow(template, get(), list);
  const symptoms = (change: (s: SymptomStory) => Partial<SymptomStory>) =>
    commit((i) => ({ ...i, symptoms: { ...i.symptoms, ...change(i.symptoms) } }));
  return {
    setStep: (step) => commit((i) => (i.step === step ? i : { ...i, step })),
    setReason: (reason) => commit((i) => ({ ...i, reason: clip(reason) })),
    addConcern: (text = '') => {
      if (!canAdd('concerns')) return null;
      const id = nextRowId('concern', get().concerns);
      append('concerns', { id, text: clip(text) });
      return id;
    },
    updateConcern: (id, text) => update('concerns', id, { text }),
    removeConcern: (id) => remove('concerns', id),
    moveConcern: (id, direction) => reorder('concerns', id, direction),
    updateSymptoms: (patch) => merge('symptoms', patch),
    toggleBodyArea: (area) => {
      const { bodyAreas } = get().symptoms;
      if (bodyAreas.includes(area)) symptoms(() => ({ bodyAreas: bodyAreas.filter((a) => a !== area) }));
      // An area is a name from the template: one that does not fit is left out rather than cut.
      else if (bodyAreas.length < MAX_VISIT_PREP_BODY_AREAS && area.length <= MAX_VISIT_PREP_TEXT)
        symptoms(() => ({ bodyAreas: [...bodyAreas, area] }));
    },
    addTimelineEntry: (entry = {}) => {
      if (!canAdd('timeline')) return '';
      const id = nextRowId('event', get().symptoms.timeline);
      symptoms(({ timeline }) => ({ timeline: [...timeline, { date: '', note: '', ...clipTexts(entry), id }] }));
      return id;
    },
    updateTimelineEntry: (id, patch) =>
      symptoms(({ timeline }) => ({ timeline: patchRow(timeline, id, clipTexts(patch)) })),
    removeTimelineEntry: (id) => symptoms(({ timeline }) => ({ timeline: timeline.filter((e) => e.id !== id) })),
    addMedicine: (list, row = {}) => {
      if (!canAdd(list)) return '';
      const id = nextRowId(list === 'medicines' ? 'medicine' : 'supplement', get()[list]);
      const blank = { name: '', dose: '', frequency: '', reason: '', taking: null };
      append(list, { ...blank, ...clipTexts(row), id }, list === 'medicines' ? { noMedicines: false } : {});
      return id;
    },
    updateMedicine: update,
    removeMedicine: remove,
    setNoMedicines: (noMedicines) => commit((i) => ({ ...i, noMedicines })),
    addAllergy: (row = {}) => {
      if (!canAdd('allergies')) return '';
      const id = nextRowId('allergy', get().allergies);
      append('allergies', { substance: '', reaction: '', ...clipTexts(row), id }, { noAllergies: false });
      return id;
    },
    updateAllergy: (id, patch) => update('allergies', id, patch),
    removeAllergy: (id) => remove('allergies', id),
    setNoAllergies: (noAllergies) => commit((i) => ({ ...i, noAllergies })),
    setWhatMatters: (patch) => merge('whatMatters', patch),
    addQuestion: (text = '') => {
      if (!canAdd('questions')) return '';
      const id = nextRowId('question', get().questions);
      append('questions', { id, text: clip(text) });
      return id;
    },
    togglePickedQuestion: (suggestion) => {
      const { questions } = get();
      if (questions.some((q) => q.suggestionId === suggestion.id))
        rows('questions', (list) => list.filter((q) => q.suggestionId !== suggestion.id));
      else if (canAdd('questions') && suggestion.id.length <= MAX_VISIT_PREP_SUGGESTION_ID)
        append('questions', {
          id: nextRowId('question', questions),
          text: clip(suggestion.text),
          suggestionId: suggestion.id,
        });
    },
    updateQuestion: (id, text) => update('questions', id, { text }),
    removeQuestion: (id) => remove('questions', id),
    moveQuestion: (id, direction) => reorder('questions', id, direction),
    setPractical: (patch) => merge('practical', patch),
    setAfter: (patch) => merge('after', patch),
    complete: (at) => commit((i) => ({ ...i, completedAt: clipText(at ?? now().toISOString(), MAX_VISIT_PREP_TIME) })),
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
