import {
  buildDecisionAidResult,
  type DecisionAidActions,
  type DecisionAidCompletion,
  type DecisionAidDocument,
  type DecisionAidInput,
  type DecisionAidResult,
  decisionAidWidget,
  type SureResult,
  selectDecisionAidCompletion,
  selectSure,
  selectValuesFit,
  type ValuesFit,
} from '@sdmkit/core';
import { useMemo } from 'react';
import { createWidgetHooks, type WidgetHooks, type WidgetProviderProps } from '../widget/create-widget-hooks.js';

// Typed by name, so the declarations name the content type instead of spelling out the whole schema.
type Hooks = WidgetHooks<DecisionAidDocument, DecisionAidInput, DecisionAidActions>;
const hooks: Hooks = createWidgetHooks(decisionAidWidget, 'DecisionAid');

/** Props of `DecisionAidProvider`: the parsed decision aid document and the input props every provider takes. */
export type DecisionAidProviderProps = WidgetProviderProps<DecisionAidDocument, DecisionAidInput, DecisionAidActions>;

/** One store per decision aid: controlled (`value`/`onValueChange`) or uncontrolled (`defaultValue`), or a host store. */
export const DecisionAidProvider: Hooks['Provider'] = hooks.Provider;
/** The store of the nearest `DecisionAidProvider`; throws outside one. */
export const useDecisionAidStore: Hooks['useWidgetStore'] = hooks.useWidgetStore;
/** Reads a slice of the decision aid's state; re-renders only when that slice changes (`Object.is`). */
export const useDecisionAidSelector: Hooks['useWidgetSelector'] = hooks.useWidgetSelector;
/** The decision aid's actions (stable; reading them never re-renders). */
export const useDecisionAidActions: Hooks['useWidgetActions'] = hooks.useWidgetActions;
/** The decision aid document of the nearest `DecisionAidProvider`. */
export const useDecisionAidContent: Hooks['useWidgetContent'] = hooks.useWidgetContent;

/** The patient's input (re-renders on every change). */
export function useDecisionAidInput(): DecisionAidInput {
  return hooks.useWidgetSelector((s) => s.input);
}

/** How each option fits the patient's ratings, in content order. */
export function useValuesFit(): readonly ValuesFit[] {
  const content = hooks.useWidgetContent();
  const input = useDecisionAidInput();
  return useMemo(() => selectValuesFit(content, input), [content, input]);
}

/**
 * The SURE test result for the patient's answers: score, how many are answered, whether there is decisional
 * conflict, and the help each "no" points to. Re-renders only when the SURE answers change.
 */
export function useSureResult(): SureResult {
  const sure = hooks.useWidgetSelector((s) => s.input.sure);
  return useMemo(() => selectSure({ sure } as DecisionAidInput), [sure]);
}

/**
 * Which parts the patient has done (values, knowledge check, SURE test, leaning), and `ready` when all of them are
 * (the knowledge check counts only when the content has questions).
 */
export function useDecisionAidCompletion(): DecisionAidCompletion {
  const content = hooks.useWidgetContent();
  const input = useDecisionAidInput();
  return useMemo(() => selectDecisionAidCompletion(content, input), [content, input]);
}

/** The typed, serialisable result (what `onComplete` receives). */
export function useDecisionAidResult(): DecisionAidResult {
  const content = hooks.useWidgetContent();
  const input = useDecisionAidInput();
  return useMemo(() => buildDecisionAidResult(content, input), [content, input]);
}
