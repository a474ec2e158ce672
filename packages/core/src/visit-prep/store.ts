import { clipText } from '../content/common.js';
import {
  type Commit,
  type CompletedInput,
  commitCompleted,
  createWidgetStore,
  type WidgetDefinition,
  type WidgetStore,
  type WidgetStoreOptions,
} from '../store/create-widget-store.js';
import {
  appendRow,
  type ListAddResult,
  type ListMoveTarget,
  type ListRow,
  moveRow,
  nextRowId,
  patchRow,
  removeRow,
} from '../store/list.js';
import {
  type AfterVisit,
  type Allergy,
  emptyVisitPrepInput,
  type HealthCondition,
  MAX_RECORD_SEEN,
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
import type { VisitPrepTemplate } from './schema.js';
import { selectRowLimit, type VisitPrepRowList } from './selectors.js';

/** The two lists of medicines: `medicines` and `supplements`. */
export type MedicineList = 'medicines' | 'supplements';
/** One place up or down. The move actions also take the list toolkit's other targets (`ListMoveTarget`). */
export type MoveDirection = 'up' | 'down';

/** What a patient's record gives for visit preparation (`addFromRecord`); every part optional. */
export interface VisitPrepRecord {
  /** Medicines on record (active statements and prescriptions). */
  readonly medicines?: readonly Pick<Medicine, 'name' | 'dose' | 'frequency' | 'reason'>[] | undefined;
  /** Allergies on record. */
  readonly allergies?: readonly Pick<Allergy, 'substance' | 'reaction'>[] | undefined;
  /** Health conditions on record (the active problem list). */
  readonly conditions?: readonly Pick<HealthCondition, 'name'>[] | undefined;
  /** The language the patient prefers to speak in the visit, as a person reads it (e.g. "Spanish"). */
  readonly language?: string | undefined;
  /** The record says the patient needs an interpreter. */
  readonly interpreter?: boolean | undefined;
}

/** The fields of a new row, by list: what `addRow` takes (the store makes the id; missing fields are blank). */
export interface VisitPrepNewRow {
  readonly concerns: { readonly text?: string | undefined };
  readonly timeline: Partial<Omit<TimelineEntry, 'id'>>;
  readonly medicines: Partial<Omit<Medicine, 'id'>>;
  readonly supplements: Partial<Omit<Medicine, 'id'>>;
  readonly allergies: Partial<Omit<Allergy, 'id'>>;
  readonly conditions: Partial<Omit<HealthCondition, 'id'>>;
  readonly questions: { readonly text?: string | undefined };
}

/**
 * Every way the patient changes their input. All are safe to call with unknown ids (they do nothing). The store
 * holds only input its own schema takes: text is stopped at `MAX_VISIT_PREP_TEXT` characters, and a list that
 * is full (`selectCanAddRow`) takes no more rows.
 */
export interface VisitPrepActions {
  /** Remembers the step the patient is on, to resume there. */
  setStep(step: VisitPrepStep): void;
  /** Sets the reason for the visit. */
  setReason(text: string): void;
  /**
   * Adds a row at the end of a list: the fields given (text stopped at `MAX_VISIT_PREP_TEXT`), the others blank.
   * Returns its id, or the refusal `limit` when the list is full (`selectCanAddRow`: `MAX_VISIT_PREP_ROWS`, for
   * concerns the template's `maxConcerns`). A medicine or an allergy unticks "none".
   */
  addRow<K extends VisitPrepRowList>(list: K, row?: VisitPrepNewRow[K]): ListAddResult;
  /**
   * Adds a concern at the end; returns its id, or null when the list is full (the template's `maxConcerns`).
   * @deprecated use `addRow('concerns', { text })`, which says why a row was refused.
   */
  addConcern(text?: string): string | null;
  /** Changes a concern's text. */
  updateConcern(id: string, text: string): void;
  /** Removes a concern. */
  removeConcern(id: string): void;
  /** Moves a concern one place `up` or `down` (or to an index, the `top`, the `bottom`). */
  moveConcern(id: string, to: MoveDirection | ListMoveTarget): void;
  /** Changes symptom fields (the timeline and body areas have their own actions). */
  updateSymptoms(patch: Partial<Omit<SymptomStory, 'timeline' | 'bodyAreas'>>): void;
  /**
   * Ticks a body area, or unticks it. An area is not added when `MAX_VISIT_PREP_BODY_AREAS` are ticked, or when
   * it is over `MAX_VISIT_PREP_TEXT` characters.
   */
  toggleBodyArea(area: string): void;
  /**
   * Adds a change to the timeline; returns its id, or `''` when the list is full.
   * @deprecated use `addRow('timeline', entry)`, which says why a row was refused.
   */
  addTimelineEntry(entry?: Partial<Omit<TimelineEntry, 'id'>>): string;
  /** Changes a timeline entry's date or note. */
  updateTimelineEntry(id: string, patch: Partial<Omit<TimelineEntry, 'id'>>): void;
  /** Removes a timeline entry. */
  removeTimelineEntry(id: string): void;
  /**
   * Adds a medicine or supplement; returns its id, or `''` when the list is full.
   * @deprecated use `addRow(list, row)`, which says why a row was refused.
   */
  addMedicine(list: MedicineList, row?: Partial<Omit<Medicine, 'id'>>): string;
  /** Changes a medicine or supplement in the given list. */
  updateMedicine(list: MedicineList, id: string, patch: Partial<Omit<Medicine, 'id'>>): void;
  /** Removes a medicine or supplement from the given list. */
  removeMedicine(list: MedicineList, id: string): void;
  /** Ticks or unticks "no medicines" (the list itself is not changed). */
  setNoMedicines(none: boolean): void;
  /**
   * Adds an allergy; returns its id, or `''` when the list is full.
   * @deprecated use `addRow('allergies', row)`, which says why a row was refused.
   */
  addAllergy(row?: Partial<Omit<Allergy, 'id'>>): string;
  /** Changes an allergy's substance or reaction. */
  updateAllergy(id: string, patch: Partial<Omit<Allergy, 'id'>>): void;
  /** Removes an allergy. */
  removeAllergy(id: string): void;
  /** Ticks or unticks "no allergies" (the list itself is not changed). */
  setNoAllergies(none: boolean): void;
  /** Changes a health condition's name (add one with `addRow('conditions', { name })`). */
  updateCondition(id: string, patch: Partial<Omit<HealthCondition, 'id'>>): void;
  /** Removes a health condition. */
  removeCondition(id: string): void;
  /**
   * Adds what the patient's record holds (e.g. read with `@sdmkit/smart`'s `readVisitPrepRecord`): each medicine,
   * allergy and health condition not on the lists yet (the same name in any case counts as there), marked
   * `fromRecord` for the patient to check and correct, and an interpreter with the record's language when the record
   * says one is needed and the patient has not answered that yet. Never changes or removes what the patient entered;
   * the patient can remove any row added. What the record offered is remembered (`recordSeen`), so reading the
   * record again brings back no row the patient removed or corrected, only what is new on the record. Returns how
   * many rows were added (a full list takes no more).
   */
  addFromRecord(record: VisitPrepRecord): number;
  /** Changes the patient's goals or worries. */
  setWhatMatters(patch: Partial<WhatMatters>): void;
  /**
   * Adds the patient's own question; returns its id, or `''` when the list is full.
   * @deprecated use `addRow('questions', { text })`, which says why a row was refused.
   */
  addQuestion(text?: string): string;
  /** Adds a suggested question (once, while the list has room), or removes it if already picked. */
  togglePickedQuestion(suggestion: { readonly id: string; readonly text: string }): void;
  /** Changes a question's text. */
  updateQuestion(id: string, text: string): void;
  /** Removes a question (a picked suggestion too). */
  removeQuestion(id: string): void;
  /** Moves a question one place `up` or `down` (or to an index, the `top`, the `bottom`). */
  moveQuestion(id: string, to: MoveDirection | ListMoveTarget): void;
  /** Changes the practical needs for the visit. */
  setPractical(patch: Partial<PracticalNeeds>): void;
  /** Changes the notes for after the visit. */
  setAfter(patch: Partial<AfterVisit>): void;
  /**
   * Marks the preparation as finished: stamps `completedAt` with the store's clock (its `now` option) and returns
   * the completed input, as every widget store's `complete()` does (in controlled mode too, where the store
   * changes only when the host passes the value back).
   */
  complete(): CompletedInput<VisitPrepInput>;
  /**
   * Marks the preparation as finished at `at` (ISO time, stopped at `MAX_VISIT_PREP_TIME`).
   * @deprecated use `complete()`, and give the store its clock (`now`) instead.
   */
  complete(at: string | undefined): CompletedInput<VisitPrepInput>;
  /**
   * Clears every answer in memory (use the store's `clearSaved` to remove saved data too); the state's
   * `replacements` goes up.
   */
  reset(): void;
}

/** Text stopped at the schema's maximum. */
const clip = (text: string) => clipText(text, MAX_VISIT_PREP_TEXT);
/** The `recordSeen` entry of the record's interpreter advice. */
const INTERPRETER_SEEN = 'practical:interpreter';

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

/** A row of one of the input's lists. */
type RowOf<K extends VisitPrepRowList> = K extends 'timeline'
  ? TimelineEntry
  : VisitPrepInput[Exclude<K, 'timeline'>][number];
type AnyRow = RowOf<VisitPrepRowList>;
/** The input's groups of fields, each changed with a patch. */
type FieldGroup = 'symptoms' | 'whatMatters' | 'practical' | 'after';

/** The name each list's new row ids are made under (`concern-3`, `event-1`), for readers that must make ids too. */
export const VISIT_PREP_ROW_ID_NAMES: { readonly [K in VisitPrepRowList]: string } = {
  concerns: 'concern',
  timeline: 'event',
  medicines: 'medicine',
  supplements: 'supplement',
  allergies: 'allergy',
  conditions: 'condition',
  questions: 'question',
};

/** Each list's blank row fields, in their saved order. */
const BLANK: { readonly [K in VisitPrepRowList]: Omit<RowOf<K>, 'id'> } = {
  concerns: { text: '' },
  timeline: { date: '', note: '' },
  medicines: { name: '', dose: '', frequency: '', reason: '', taking: null },
  supplements: { name: '', dose: '', frequency: '', reason: '', taking: null },
  allergies: { substance: '', reaction: '' },
  conditions: { name: '' },
  questions: { text: '' },
};

/** A list's rows in the input (the timeline is in the symptoms). */
const rowsOf = (i: VisitPrepInput, list: VisitPrepRowList): readonly AnyRow[] =>
  list === 'timeline' ? i.symptoms.timeline : i[list];

/** The input with a list's new rows (and `also`); the same object when the rows did not change. */
function withRows(
  i: VisitPrepInput,
  list: VisitPrepRowList,
  rows: readonly AnyRow[],
  also: Partial<VisitPrepInput> = {},
): VisitPrepInput {
  if (rows === rowsOf(i, list)) return i;
  if (list === 'timeline') return { ...i, symptoms: { ...i.symptoms, timeline: rows as TimelineEntry[] }, ...also };
  return { ...i, [list]: rows, ...also };
}

/** The new row's fields the list has (a host's extra fields are left out), text stopped at the maximum. */
function newRowFields<K extends VisitPrepRowList>(list: K, row: object): Omit<RowOf<K>, 'id'> {
  const blank = BLANK[list];
  const given = Object.fromEntries(
    Object.entries(row).filter(([field, value]) => Object.hasOwn(blank, field) && value !== undefined),
  );
  return { ...blank, ...clipTexts(given) };
}

function createActions(
  commit: Commit<VisitPrepInput>,
  get: () => VisitPrepInput,
  template: VisitPrepTemplate,
  now: () => Date,
): VisitPrepActions {
  /** Changes one list with the list toolkit. */
  const rows = (list: VisitPrepRowList, change: (rows: readonly AnyRow[]) => readonly AnyRow[]) =>
    commit((i) => withRows(i, list, change(rowsOf(i, list))));
  const update = <K extends VisitPrepRowList>(list: K, id: string, patch: Partial<Omit<RowOf<K>, 'id'>>) =>
    rows(list, (r) => patchRow(r, id, clipTexts(patch as Partial<Omit<AnyRow, 'id'>>)));
  const remove = (list: VisitPrepRowList, id: string) => rows(list, (r) => removeRow(r, id));
  const reorder = (list: VisitPrepRowList, id: string, to: ListMoveTarget) => rows(list, (r) => moveRow(r, id, to));
  /** Adds `row` (its id made here) unless the list is full: the toolkit's result. */
  const append = (list: VisitPrepRowList, fields: Omit<AnyRow, 'id'>, also?: Partial<VisitPrepInput>) => {
    const current = rowsOf(get(), list);
    const row = { id: nextRowId(VISIT_PREP_ROW_ID_NAMES[list], current), ...fields } as AnyRow & ListRow;
    const result = appendRow(current, row, { max: selectRowLimit(template, list) });
    if (!result.ok) return result;
    commit((i) => withRows(i, list, result.list, also));
    return { ok: true as const, id: result.id };
  };
  const addRow = <K extends VisitPrepRowList>(list: K, row: VisitPrepNewRow[K] = {}): ListAddResult =>
    append(
      list,
      newRowFields(list, row),
      list === 'medicines' ? { noMedicines: false } : list === 'allergies' ? { noAllergies: false } : {},
    );
  /** The id of a row added the old way: the id, or `refused` (null or ''). */
  const idOr = <R>(result: ListAddResult, refused: R) => (result.ok ? result.id : refused);
  const merge = <K extends FieldGroup>(key: K, patch: Partial<VisitPrepInput[K]>) =>
    commit((i) => ({ ...i, [key]: { ...i[key], ...clipTexts(patch) } }));
  const symptoms = (change: (s: SymptomStory) => Partial<SymptomStory>) =>
    commit((i) => ({ ...i, symptoms: { ...i.symptoms, ...change(i.symptoms) } }));
  return {
    setStep: (step) => commit((i) => (i.step === step ? i : { ...i, step })),
    setReason: (reason) => commit((i) => ({ ...i, reason: clip(reason) })),
    addRow,
    addConcern: (text = '') => idOr(addRow('concerns', { text }), null),
    updateConcern: (id, text) => update('concerns', id, { text }),
    removeConcern: (id) => remove('concerns', id),
    moveConcern: (id, to) => reorder('concerns', id, to),
    updateSymptoms: (patch) => merge('symptoms', patch),
    toggleBodyArea: (area) => {
      const { bodyAreas } = get().symptoms;
      if (bodyAreas.includes(area)) symptoms(() => ({ bodyAreas: bodyAreas.filter((a) => a !== area) }));
      // An area is a name from the template: one that does not fit is left out rather than cut.
      else if (bodyAreas.length < MAX_VISIT_PREP_BODY_AREAS && area.length <= MAX_VISIT_PREP_TEXT)
        symptoms(() => ({ bodyAreas: [...bodyAreas, area] }));
    },
    addTimelineEntry: (entry = {}) => idOr(addRow('timeline', entry), ''),
    updateTimelineEntry: (id, patch) => update('timeline', id, patch),
    removeTimelineEntry: (id) => remove('timeline', id),
    addMedicine: (list, row = {}) => idOr(addRow(list, row), ''),
    updateMedicine: update,
    removeMedicine: remove,
    setNoMedicines: (noMedicines) => commit((i) => ({ ...i, noMedicines })),
    addAllergy: (row = {}) => idOr(addRow('allergies', row), ''),
    updateAllergy: (id, patch) => update('allergies', id, patch),
    removeAllergy: (id) => remove('allergies', id),
    setNoAllergies: (noAllergies) => commit((i) => ({ ...i, noAllergies })),
    updateCondition: (id, patch) => update('conditions', id, patch),
    removeCondition: (id) => remove('conditions', id),
    addFromRecord: (record) => {
      const key = (text: string) => clipText(text.trim().toLocaleLowerCase(), 280);
      const had = (texts: readonly string[]) => new Set(texts.map(key).filter((k) => k !== ''));
      // What the record offered before: a row the patient removed or corrected is not added again.
      const seen = new Set(get().recordSeen);
      const before = seen.size;
      let added = 0;
      /**
       * Adds each entry whose name is not among `names` and was not offered before, marked as from the record,
       * while the list has room; every entry offered is remembered in `recordSeen`.
       */
      const addNew = <K extends 'medicines' | 'allergies' | 'conditions'>(
        list: K,
        entries: readonly VisitPrepNewRow[K][] | undefined,
        name: (row: VisitPrepNewRow[K]) => string,
        names: Set<string>,
        also?: Partial<VisitPrepInput>,
      ) => {
        for (const entry of entries ?? []) {
          const k = key(name(entry));
          if (k === '' || seen.has(`${list}:${k}`)) continue;
          if (!names.has(k)) {
            if (!append(list, { ...newRowFields(list, entry), fromRecord: true as const }, also).ok) break;
            names.add(k);
            added++;
          }
          seen.add(`${list}:${k}`);
        }
      };
      const i = get();
      addNew(
        'medicines',
        record.medicines,
        (m) => m.name ?? '',
        had([...i.medicines, ...i.supplements].map((m) => m.name)),
        { noMedicines: false },
      );
      addNew('allergies', record.allergies, (a) => a.substance ?? '', had(i.allergies.map((a) => a.substance)), {
        noAllergies: false,
      });
      addNew('conditions', record.conditions, (c) => c.name ?? '', had(i.conditions.map((c) => c.name)));
      const p = get().practical;
      const untouched = !p.interpreter && p.interpreterLanguage === '' && !p.none;
      if (record.interpreter && untouched && !seen.has(INTERPRETER_SEEN))
        merge('practical', { interpreter: true, interpreterLanguage: record.language ?? '' });
      if (record.interpreter) seen.add(INTERPRETER_SEEN);
      if (seen.size > before) commit((x) => ({ ...x, recordSeen: [...seen].slice(-MAX_RECORD_SEEN) }));
      return added;
    },
    setWhatMatters: (patch) => merge('whatMatters', patch),
    addQuestion: (text = '') => idOr(addRow('questions', { text }), ''),
    togglePickedQuestion: (suggestion) => {
      if (get().questions.some((q) => q.suggestionId === suggestion.id))
        commit((i) => ({ ...i, questions: i.questions.filter((q) => q.suggestionId !== suggestion.id) }));
      else if (suggestion.id.length <= MAX_VISIT_PREP_SUGGESTION_ID)
        append('questions', { text: clip(suggestion.text), suggestionId: suggestion.id });
    },
    updateQuestion: (id, text) => update('questions', id, { text }),
    removeQuestion: (id) => remove('questions', id),
    moveQuestion: (id, to) => reorder('questions', id, to),
    setPractical: (patch) => merge('practical', patch),
    setAfter: (patch) => merge('after', patch),
    complete: (at?: string) => commitCompleted(commit, get, clipText(at ?? now().toISOString(), MAX_VISIT_PREP_TIME)),
    reset: () => commit(() => emptyVisitPrepInput(template), { replace: true }),
  };
}

/** The visit-prep widget for the shared store machinery (persistence, controlled mode). */
export const visitPrepWidget: WidgetDefinition<VisitPrepTemplate, VisitPrepInput, VisitPrepActions> = {
  widget: 'visit-prep',
  emptyInput: emptyVisitPrepInput,
  parseInput: parseVisitPrepInput,
  actions: createActions,
};

/** One store for one visit-prep instance (see `createWidgetStore`). */
export type VisitPrepStore = WidgetStore<VisitPrepTemplate, VisitPrepInput, VisitPrepActions>;

/** One store per visit-prep instance; pass `persist` to keep drafts across reloads. */
export function createVisitPrepStore(
  template: VisitPrepTemplate,
  options: WidgetStoreOptions<VisitPrepInput> = {},
): VisitPrepStore {
  return createWidgetStore(visitPrepWidget, template, options);
}
