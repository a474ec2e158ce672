import type {
  DecisionAidDocument,
  DecisionAidInput,
  PromptList,
  QuestionListInput,
  VisitPrepInput,
  VisitPrepTemplate,
} from '@sdmkit/core';
import {
  DECISION_AID_LINK_IDS,
  type DecisionAidQuestionnaireOptions,
  type DecisionAidWithVisit,
  decisionAidInputFromQuestionnaireResponse,
  decisionAidQuestionnaire,
  decisionAidQuestionnaireResponse,
  decisionAidWithVisitFromQuestionnaireResponse,
  type FhirParseResult,
  type QuestionListQuestionnaireOptions,
  questionListInputFromQuestionnaireResponse,
  questionListQuestionnaire,
  questionListQuestionnaireResponse,
  type SdmWidgetKind,
  type VisitPrepQuestionnaireOptions,
  visitPrepInputFromQuestionnaireResponse,
  visitPrepQuestionnaire,
  visitPrepQuestionnaireResponse,
} from '@sdmkit/fhir';
import type { Questionnaire, QuestionnaireResponse, Reference } from 'fhir/r4';

/** Who and what a response is about, and its status. */
export interface ResponseContext {
  readonly status: 'in-progress' | 'completed';
  readonly subject: Reference;
  readonly author?: Reference | undefined;
  readonly encounter?: Reference | undefined;
  /** When the answers were recorded (FHIR dateTime). */
  readonly authored: string;
}

/**
 * One widget's content bound to its FHIR Questionnaire: how its input becomes a QuestionnaireResponse and back.
 * Made with `visitPrepForm`, `decisionAidForm` or `questionListForm`.
 */
export interface SdmForm<Input> {
  readonly widget: SdmWidgetKind;
  readonly contentId: string;
  readonly contentVersion: string;
  /** The Questionnaire, to publish on the server (`PUT Questionnaire/<id>`) or to compare with. */
  readonly questionnaire: Questionnaire;
  /** `url|version` of the Questionnaire, as responses name it. */
  readonly canonical: string;
  /** The input as a QuestionnaireResponse. */
  response(input: Input, context: ResponseContext): QuestionnaireResponse;
  /** Reads a QuestionnaireResponse from the server (untrusted) back into input; never throws. */
  read(resource: unknown): FhirParseResult<Input>;
  /**
   * linkIds of top-level items that someone else writes into the same response and this form never does (the
   * decision aid's `visit` group, written on the clinician's side): `serverDrafts` keeps them as the server has
   * them when it saves the patient's draft over that version.
   */
  readonly keeps?: readonly string[] | undefined;
}

function bind<Content extends { id: string; meta: { version: string } }, Input, Options>(
  widget: SdmWidgetKind,
  content: Content,
  options: Options & { readonly canonicalBase: string },
  make: (content: Content, options: Options) => Questionnaire,
  respond: (content: Content, input: Input, options: Options & ResponseContext) => QuestionnaireResponse,
  read: (content: Content, resource: unknown, options: { canonicalBase: string }) => FhirParseResult<Input>,
): SdmForm<Input> {
  const questionnaire = make(content, options);
  return {
    widget,
    contentId: content.id,
    contentVersion: content.meta.version,
    questionnaire,
    canonical: `${questionnaire.url}|${questionnaire.version}`,
    response: (input, context) => ({ ...respond(content, input, { ...options, ...context }), status: context.status }),
    read: (resource) => read(content, resource, { canonicalBase: options.canonicalBase }),
  };
}

/** The visit-prep template bound to its Questionnaire (options as for `visitPrepQuestionnaire`). */
export function visitPrepForm(
  template: VisitPrepTemplate,
  options: VisitPrepQuestionnaireOptions,
): SdmForm<VisitPrepInput> {
  return bind(
    'visit-prep',
    template,
    options,
    visitPrepQuestionnaire,
    visitPrepQuestionnaireResponse,
    visitPrepInputFromQuestionnaireResponse,
  );
}

/** The decision aid bound to its Questionnaire (options as for `decisionAidQuestionnaire`). */
export function decisionAidForm(
  content: DecisionAidDocument,
  options: DecisionAidQuestionnaireOptions,
): SdmForm<DecisionAidInput> {
  return {
    ...bind(
      'decision-aid',
      content,
      options,
      decisionAidQuestionnaire,
      decisionAidQuestionnaireResponse,
      decisionAidInputFromQuestionnaireResponse,
    ),
    keeps: [DECISION_AID_LINK_IDS.visit],
  };
}

/**
 * The decision aid bound to its Questionnaire for the clinician's side: the patient's answers and what the visit
 * recorded (the decision made or not yet with the next step, who took part), read and written together in the
 * same response (options as for `decisionAidQuestionnaire`).
 */
export function decisionAidVisitForm(
  content: DecisionAidDocument,
  options: DecisionAidQuestionnaireOptions,
): SdmForm<DecisionAidWithVisit> {
  return bind(
    'decision-aid',
    content,
    options,
    decisionAidQuestionnaire,
    (c, value: DecisionAidWithVisit, o) =>
      decisionAidQuestionnaireResponse(c, value.input, { ...o, visit: value.visit }),
    decisionAidWithVisitFromQuestionnaireResponse,
  );
}

/** The question list bound to its Questionnaire (options as for `questionListQuestionnaire`). */
export function questionListForm(
  content: PromptList,
  options: QuestionListQuestionnaireOptions,
): SdmForm<QuestionListInput> {
  return bind(
    'question-list',
    content,
    options,
    questionListQuestionnaire,
    (c, input, o) => questionListQuestionnaireResponse(c, input, { ...o, completed: o.status === 'completed' }),
    questionListInputFromQuestionnaireResponse,
  );
}
