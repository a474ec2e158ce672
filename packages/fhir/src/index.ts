export {
  DEMONSTRATION_TAG,
  type FhirIssue,
  type FhirIssueCode,
  type FhirParseResult,
  type FhirQuestionnaireOptions,
  type FhirReadOptions,
  type FhirResponseOptions,
  HIDDEN_EXTENSION,
  questionnaireUrl,
  type SdmWidgetKind,
} from './common.js';
export {
  DECISION_AID_LINK_IDS,
  type DecisionAidQuestionnaireOptions,
  type DecisionAidResponseOptions,
  type DecisionAidVisit,
  type DecisionAidWithVisit,
  decisionAidInputFromQuestionnaireResponse,
  decisionAidQuestionnaire,
  decisionAidQuestionnaireResponse,
  decisionAidWithVisitFromQuestionnaireResponse,
  emptyDecisionAidVisit,
  LEANING_UNSURE,
  MAX_NEXT_STEP_LENGTH,
  MAX_PARTICIPANT_LENGTH,
  MAX_PARTICIPANTS,
  NOT_DECIDED,
} from './decision-aid.js';
export type {
  DecisionAidFhirLabels,
  DeepPartial,
  LabelOptions,
  QuestionListFhirLabels,
  VisitPrepFhirLabels,
} from './labels.js';
export {
  QUESTION_LIST_LINK_IDS,
  type QuestionListQuestionnaireOptions,
  type QuestionListResponseOptions,
  questionListInputFromQuestionnaireResponse,
  questionListQuestionnaire,
  questionListQuestionnaireResponse,
} from './question-list.js';
export {
  VISIT_PREP_LINK_IDS,
  type VisitPrepQuestionnaireOptions,
  type VisitPrepResponseOptions,
  visitPrepInputFromQuestionnaireResponse,
  visitPrepQuestionnaire,
  visitPrepQuestionnaireResponse,
} from './visit-prep.js';
