import {
  type AgendaAddition,
  buildVisitAgenda,
  createAgendaWords,
  createTimelineOrder,
  createVisitPrepProgress,
  type VisitAgenda,
  type VisitPrepActions,
  type VisitPrepInput,
  type VisitPrepProgress,
  type VisitPrepRowList,
  type VisitPrepTemplate,
  visitPrepWidget,
} from '@sdmkit/core';
import { useMemo, useState } from 'react';
import { createWidgetHooks, type WidgetHooks, type WidgetProviderProps } from '../widget/create-widget-hooks.js';
import { useKeptSelection } from '../widget/kept-selection.js';
import { placeIn } from '../widget/places.js';

// Typed by name, so the declarations name the content type instead of spelling out the whole schema.
type Hooks = WidgetHooks<VisitPrepTemplate, VisitPrepInput, VisitPrepActions>;
const hooks: Hooks = createWidgetHooks(visitPrepWidget, 'VisitPrep');

/** The visit-prep lists kept at the top of the input, whose rows a component can read one by one. */
export type VisitPrepTopList = 'concerns' | 'medicines' | 'supplements' | 'allergies' | 'conditions' | 'questions';

/** One row of a visit-prep list: a concern, medicine, allergy, question, or an entry of the symptom timeline. */
export type VisitPrepRowOf<K extends VisitPrepRowList> = K extends VisitPrepTopList
  ? VisitPrepInput[K][number]
  : VisitPrepInput['symptoms']['timeline'][number];

const rowsOf = <K extends VisitPrepRowList>(input: VisitPrepInput, list: K): readonly VisitPrepRowOf<K>[] => {
  const rows: readonly { id: string }[] =
    list === 'timeline' ? input.symptoms.timeline : input[list as VisitPrepTopList];
  return rows as readonly VisitPrepRowOf<K>[];
};

/**
 * The ids of a list's rows (the symptom timeline included), in order: re-renders only when a row is added, removed
 * or moved, not when one is edited.
 */
export function useVisitPrepRowIds(list: VisitPrepRowList): readonly string[] {
  return hooks.useWidgetSelector(useKeptSelection((s) => rowsOf(s.input, list).map((row) => row.id)));
}

const rowId = (row: { id: string }) => row.id;
const placeById = (rows: readonly { id: string }[], id: string) => placeIn(rows, id, rowId);

/** A list's keyed selectors: of a row, and of its place. */
interface RowSelectors {
  readonly row: (s: { input: VisitPrepInput }, id: string) => { readonly id: string } | undefined;
  readonly place: (s: { input: VisitPrepInput }, id: string) => number;
}

/**
 * Each list's keyed selectors, made once per list (pure functions, shared by every store): every row of a list
 * shares one store listener per selector (see `useWidgetKeyedSelector`), instead of one listener per row that each
 * store change wakes (issue 17).
 */
const keyed = new Map<VisitPrepRowList, RowSelectors>();

function keyedSelectors(list: VisitPrepRowList): RowSelectors {
  let selectors = keyed.get(list);
  if (!selectors) {
    const place = (s: { input: VisitPrepInput }, id: string) => placeById(rowsOf(s.input, list), id);
    selectors = { row: (s, id) => rowsOf(s.input, list)[place(s, id)], place };
    keyed.set(list, selectors);
  }
  return selectors;
}

/**
 * One row of a list (the symptom timeline included), by id (`undefined` once removed): re-renders only when that row
 * changes, so that typing in one row of a long list renders that row alone.
 */
export function useVisitPrepRow<K extends VisitPrepRowList>(list: K, id: string): VisitPrepRowOf<K> | undefined {
  return hooks.useWidgetKeyedSelector(id, keyedSelectors(list).row) as VisitPrepRowOf<K> | undefined;
}

/**
 * The 0-based place of one row in its list (-1 once removed): re-renders only when that row's place changes, so the
 * parts of a row that show its number ("Medicine 4") can follow it without rendering the row's fields.
 */
export function useVisitPrepRowPosition(list: VisitPrepRowList, id: string): number {
  return hooks.useWidgetKeyedSelector(id, keyedSelectors(list).place);
}

/**
 * The symptom timeline's entry ids in date order (`selectTimeline`'s: oldest first, then the entries without a valid
 * date as typed): re-renders only when that order changes, not when a note is typed. Read each entry by id with
 * `useVisitPrepRow('timeline', id)`, so that a keystroke in one entry renders that entry alone.
 */
export function useVisitPrepTimelineOrder(): readonly string[] {
  const [order] = useState(createTimelineOrder);
  return hooks.useWidgetSelector((s) => order(s.input.symptoms.timeline));
}

/**
 * The ids of the suggested questions the patient picked, in their order: re-renders when one is picked or dropped,
 * not when a question's text changes.
 */
export function useVisitPrepPickedSuggestions(): readonly string[] {
  return hooks.useWidgetSelector(
    useKeptSelection((s) => s.input.questions.flatMap((q) => (q.suggestionId ? [q.suggestionId] : []))),
  );
}

/** Props of `VisitPrepProvider`: the parsed visit-prep template and the input props every provider takes. */
export type VisitPrepProviderProps = WidgetProviderProps<VisitPrepTemplate, VisitPrepInput, VisitPrepActions>;

/** Holds one visit-prep store (its own, or the host's); sections and hooks read it. */
export const VisitPrepProvider: Hooks['Provider'] = hooks.Provider;
/** The store of the nearest `VisitPrepProvider`; throws outside one. */
export const useVisitPrepStore: Hooks['useWidgetStore'] = hooks.useWidgetStore;
/** Reads a slice of the visit-prep state; re-renders only when that slice changes (`Object.is`). */
export const useVisitPrepSelector: Hooks['useWidgetSelector'] = hooks.useWidgetSelector;
/** The visit-prep actions (stable; reading them never re-renders). */
export const useVisitPrepActions: Hooks['useWidgetActions'] = hooks.useWidgetActions;
/** The visit-prep template (the content) this provider was given, as `useDecisionAidContent` / `useQuestionListContent`. */
export const useVisitPrepContent: Hooks['useWidgetContent'] = hooks.useWidgetContent;
/** @deprecated use `useVisitPrepContent` (one name for each widget's content hook). */
export const useVisitPrepTemplate: Hooks['useWidgetContent'] = hooks.useWidgetContent;

/** The patient's whole input (re-renders on every change). */
export function useVisitPrepInput(): VisitPrepInput {
  return hooks.useWidgetSelector((s) => s.input);
}

/**
 * The clinician agenda for the current input and the host's (already checked) additions, rebuilt only when either
 * changes.
 */
export function useVisitAgenda(additions?: readonly AgendaAddition[]): VisitAgenda {
  const template = hooks.useWidgetContent();
  const input = useVisitPrepInput();
  return useMemo(() => buildVisitAgenda(template, input, additions), [template, input, additions]);
}

/**
 * Word counts and over-limit flags for the reason and concerns: re-renders only when the reason or a concern
 * changes, and counts only the concerns that changed (`createAgendaWords`).
 */
export function useAgendaWords() {
  const template = hooks.useWidgetContent();
  const [agendaWords] = useState(createAgendaWords);
  return hooks.useWidgetSelector((s) => agendaWords(template, s.input));
}

/**
 * Progress per section, completion and date problems. `today` is the patient's current day; pass a fixed
 * date in tests. Re-renders only when one of them changes: an edit that changes no section's progress and no date
 * problem (most keystrokes) does not render the caller, and it checks only the sections the edit touched.
 */
export function useVisitPrepProgress(today?: Date): VisitPrepProgress {
  const template = hooks.useWidgetContent();
  const [progress] = useState(createVisitPrepProgress);
  const day = today ?? new Date();
  return hooks.useWidgetSelector((s) => progress(template, s.input, day));
}

/** Saving status for `SaveStatus`. */
export function useVisitPrepPersistence() {
  return hooks.useWidgetSelector((s) => s.persistence);
}
