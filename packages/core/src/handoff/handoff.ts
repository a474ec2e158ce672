/*
 * What one widget hands on to the others, for a host that shows them together: the decision aid's SURE "no"
 * answers become questions to ask (for the question list's `suggestions` and visit prep's `suggestedQuestions`),
 * and its leaning, top values and SURE result, and the question list's top 3, become lines on the clinician agenda
 * (visit prep's `agendaAdditions`). The widgets never talk to each other: the host calls these and passes the
 * results on. The wording is the host's, in its own languages (`HandoffText`); core ships no interface strings.
 */

import type { DecisionAidInput } from '../decision-aid/input.js';
import { buildDecisionAidResult } from '../decision-aid/result.js';
import type { DecisionAidDocument } from '../decision-aid/schema.js';
import type { SureHelp } from '../decision-aid/selectors.js';
import type { QuestionListInput } from '../question-list/input.js';
import { buildQuestionListResult } from '../question-list/result.js';
import type { PromptList } from '../question-list/schema.js';
import type { QuestionSuggestion } from '../question-list/store.js';
import type { AgendaAddition } from '../visit-prep/additions.js';

/** The agenda addition id of the decision aid's lines, and the prefix of its suggested questions' ids. */
export const DECISION_AID_HANDOFF_ID = 'decision-aid';
/** The agenda addition id of the question list's top 3. */
export const QUESTION_LIST_HANDOFF_ID = 'question-list';
/** How many of the patient's most important values go on the agenda. */
export const HANDOFF_TOP_VALUES = 3;

/** The host's wording for what the decision aid hands on, in the language of the page it is shown on. */
export interface DecisionAidHandoffText {
  /** One question to ask for each SURE answer of "no": "What else would help me feel sure about my choice?". */
  readonly sureQuestions: Readonly<Record<SureHelp, string>>;
  /** Why those questions are suggested, shown with each. */
  readonly sureWhy: string;
  /** The agenda heading, given the decision aid's title: "From the decision aid: {title}". */
  readonly heading: (title: string) => string;
  /** The leaning line, given the option's title. */
  readonly leaning: (option: string) => string;
  /** The leaning line when the patient is not sure yet. */
  readonly leaningUnsure: string;
  /** The line with the patient's most important values, given their labels in order (format the list yourself). */
  readonly mattersMost: (labels: readonly string[]) => string;
  /** The SURE line, given the score out of 4 (only when all four questions are answered). */
  readonly sureScore: (score: number) => string;
  /** The line with what the patient is not yet sure about, given the names of those SURE items. */
  readonly sureOpen: (names: readonly string[]) => string;
  /** A short name for each SURE item, for `sureOpen`: "feeling sure", "benefits and risks"… */
  readonly sureNames: Readonly<Record<SureHelp, string>>;
}

/** What the decision aid hands on. */
export interface DecisionAidHandoff {
  /**
   * One question per SURE "no", in SURE order, with ids `decision-aid-sure-<item>` (stable: the widgets offer the
   * same suggestion once, and a dismissed one stays dismissed).
   */
  readonly questions: readonly QuestionSuggestion[];
  /** The lines for the clinician agenda (id `decision-aid`), or null when there is nothing to say yet. */
  readonly addition: AgendaAddition | null;
}

/**
 * What the patient's work in the decision aid hands on to the question list and to the clinician agenda: a question
 * for each SURE "no", and agenda lines for the leaning, the top values (at most `HANDOFF_TOP_VALUES`), the SURE
 * score once all four are answered, and what the patient is not yet sure about. Pure: the same input gives the same
 * result, so a host can call it on every change (memoised on `doc`, `input` and `text`).
 */
export function decisionAidHandoff(
  doc: DecisionAidDocument,
  input: DecisionAidInput,
  text: DecisionAidHandoffText,
): DecisionAidHandoff {
  const result = buildDecisionAidResult(doc, input);
  const questions = result.sure.help.map((help) => ({
    id: `${DECISION_AID_HANDOFF_ID}-sure-${help}`,
    text: text.sureQuestions[help],
    why: text.sureWhy,
  }));
  const items: string[] = [];
  if (result.leaningTitle !== null)
    items.push(result.leaningTitle === 'unsure' ? text.leaningUnsure : text.leaning(result.leaningTitle));
  const top = result.topValues.slice(0, HANDOFF_TOP_VALUES).map((value) => value.label);
  if (top.length > 0) items.push(text.mattersMost(top));
  if (result.sure.complete) items.push(text.sureScore(result.sure.score));
  if (result.sure.help.length > 0) items.push(text.sureOpen(result.sure.help.map((help) => text.sureNames[help])));
  const addition =
    items.length > 0 ? { id: DECISION_AID_HANDOFF_ID, heading: text.heading(doc.meta.title), items } : null;
  return { questions, addition };
}

/** The host's wording for the question list's agenda lines. */
export interface QuestionListHandoffText {
  /** The agenda heading: "Top 3 questions from the question list". */
  readonly heading: string;
}

/**
 * The question list's top 3 (the patient's first three questions, in their words), as lines for the clinician
 * agenda (id `question-list`), or null when the patient has no questions yet.
 */
export function questionListHandoff(
  list: PromptList,
  input: QuestionListInput,
  text: QuestionListHandoffText,
): AgendaAddition | null {
  const top = buildQuestionListResult(list, input)
    .questions.filter((question) => question.top)
    .map((question) => question.text);
  return top.length > 0 ? { id: QUESTION_LIST_HANDOFF_ID, heading: text.heading, items: top } : null;
}

/** The agenda addition id of the flags: what the clinician should raise in the visit. */
export const VISIT_FLAGS_ID = 'flags';

/** The host's wording for the flags on the clinician agenda. */
export interface VisitFlagsText {
  /** The heading: "To raise in this visit". */
  readonly heading: string;
  /** A line for a top-3 question the patient asked and that is not answered yet, given its text. */
  readonly unansweredTop: (question: string) => string;
  /** A line for a SURE "no", given the short name of the SURE item (`sureNames`). */
  readonly sureNo: (name: string) => string;
  /** A short name for each SURE item: "feeling sure", "benefits and risks"… */
  readonly sureNames: Readonly<Record<SureHelp, string>>;
}

/** What `visitFlags` looks at: the decision aid's and the question list's content and input, either may be absent. */
export interface VisitFlagsInput {
  readonly decisionAid?: { readonly doc: DecisionAidDocument; readonly input: DecisionAidInput } | undefined;
  readonly questionList?: { readonly list: PromptList; readonly input: QuestionListInput } | undefined;
}

/**
 * What the clinician should not miss, as one agenda addition (id `flags`), or null when there is nothing: each of
 * the patient's top-3 questions not answered yet (in the patient's order and words) and each SURE "no" (in SURE
 * order). Shown first on the agenda; it updates as the answers are noted in the visit. Pure, like the handoffs.
 */
export function visitFlags(from: VisitFlagsInput, text: VisitFlagsText): AgendaAddition | null {
  const items: string[] = [];
  if (from.questionList) {
    const { list, input } = from.questionList;
    for (const question of buildQuestionListResult(list, input).questions)
      if (question.top && question.status !== 'answered') items.push(text.unansweredTop(question.text));
  }
  if (from.decisionAid) {
    const { doc, input } = from.decisionAid;
    for (const help of buildDecisionAidResult(doc, input).sure.help) items.push(text.sureNo(text.sureNames[help]));
  }
  return items.length > 0 ? { id: VISIT_FLAGS_ID, heading: text.heading, items } : null;
}
