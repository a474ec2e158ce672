import {
  nextRowId,
  type PromptList,
  parseQuestionListInput,
  type QuestionListInput,
  type QuestionSource,
  type QuestionStatus,
  questionLibraryKey,
} from '@sdmkit/core';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import {
  type FhirParseResult,
  type FhirQuestionnaireOptions,
  type FhirReadOptions,
  type FhirResponseOptions,
  questionnaireHeader,
  responseHeader,
} from './common.js';
import {
  booleanItem,
  choiceItem,
  codec,
  field,
  fields,
  hiddenItem,
  many,
  one,
  readInput,
  responseItems,
  rows,
  textItem,
} from './engine.js';
import { type DeepPartial, type LabelOptions, type QuestionListFhirLabels, questionListLabels } from './labels.js';

export interface QuestionListQuestionnaireOptions
  extends FhirQuestionnaireOptions,
    LabelOptions<QuestionListFhirLabels> {}
export interface QuestionListResponseOptions extends FhirResponseOptions, LabelOptions<QuestionListFhirLabels> {
  /**
   * The question list keeps no "finished" state of its own: its Finish button only hands the result to the host.
   * Pass `true` when making the response from that result (`onComplete`); default `false` (`in-progress`).
   */
  readonly completed?: boolean | undefined;
}

/** linkIds of the question-list questionnaire: one repeating `question` group per question on the list. */
export const QUESTION_LIST_LINK_IDS = {
  question: 'question',
  key: 'question.key',
  source: 'question.source',
  library: 'question.library',
  text: 'question.text',
  why: 'question.why',
  status: 'question.status',
  note: 'question.note',
  followUp: 'question.follow-up',
  dismissed: 'dismissed',
  seq: 'seq',
} as const;
const L = QUESTION_LIST_LINK_IDS;

const SOURCES: readonly QuestionSource[] = ['library', 'own', 'suggested'];
const STATUSES: readonly QuestionStatus[] = ['open', 'asked', 'answered'];

/**
 * Completes a question row added in another form filler, which leaves out the hidden key (and may leave out the
 * source): a chosen library question is a library item keyed `q:<id>`, anything else the patient's own, keyed
 * `own:<n>` as the store would key it.
 */
const identifyQuestion = <
  R extends { key: string; source?: QuestionSource | undefined; questionId?: string | undefined },
>(
  r: R,
  list: readonly R[],
): R => {
  const source = r.source ?? (r.questionId !== undefined ? 'library' : 'own');
  if (r.key !== '') return r.source === source ? r : { ...r, source };
  const key =
    source === 'library' && r.questionId !== undefined
      ? questionLibraryKey(r.questionId)
      : nextRowId('own', list, { separator: ':' });
  return { ...r, source, key };
};

/** The field table of the question-list questionnaire: each item keyed by the input property it holds. */
function questionListTable(content: PromptList, labels?: DeepPartial<QuestionListFhirLabels>) {
  const t = questionListLabels(content.locale, labels);
  const optionalText = one<string | undefined>('string', undefined);
  return fields({
    items: rows(
      L.question,
      t.questions,
      fields({
        key: field(hiddenItem(L.key), codec.id),
        source: field(
          choiceItem(
            L.source,
            t.source,
            SOURCES.map((s) => ({ code: s, display: t.sources[s] })),
          ),
          one<QuestionSource | undefined>('coding', undefined),
        ),
        questionId: field(
          choiceItem(
            L.library,
            t.library,
            content.questions.map((q) => ({ code: q.id, display: q.text })),
          ),
          one<string | undefined>('coding', undefined),
        ),
        text: field(textItem(L.text, t.text, 'string'), optionalText),
        why: field(textItem(L.why, t.why), optionalText),
        status: field(
          choiceItem(
            L.status,
            t.status,
            STATUSES.map((s) => ({ code: s, display: t.statuses[s] })),
          ),
          one<QuestionStatus>('coding', 'open'),
        ),
        note: field(textItem(L.note, t.note), codec.text),
        followUp: field(booleanItem(L.followUp, t.followUp), codec.flag),
      }),
      identifyQuestion,
    ),
    dismissed: field(hiddenItem(L.dismissed, 'string', true), many('string')),
    seq: field(hiddenItem(L.seq, 'integer'), one('integer', 0)),
  });
}

/**
 * A prompt list as a FHIR R4 Questionnaire. The patient's list is a repeating group (in the patient's order; the
 * first three are the top 3); library questions are the answer options of `question.library`.
 */
export function questionListQuestionnaire(
  content: PromptList,
  options: QuestionListQuestionnaireOptions,
): Questionnaire {
  return {
    ...questionnaireHeader('question-list', content, options, content.title, content.intro),
    item: questionListTable(content, options.labels).items,
  };
}

/** The patient's question list as a QuestionnaireResponse, questions in the patient's order. */
export function questionListQuestionnaireResponse(
  content: PromptList,
  input: QuestionListInput,
  options: QuestionListResponseOptions,
): QuestionnaireResponse {
  const q = questionListQuestionnaire(content, options);
  return {
    ...responseHeader(q, options.completed ? 'completed' : 'in-progress', options, null),
    item: responseItems(q.item ?? [], questionListTable(content).write(input)),
  };
}

/**
 * Reads a QuestionnaireResponse to this prompt list's questionnaire back into question-list input, checked with
 * `parseQuestionListInput`. Never throws.
 */
export function questionListInputFromQuestionnaireResponse(
  content: PromptList,
  response: unknown,
  options: FhirReadOptions = {},
): FhirParseResult<QuestionListInput> {
  return readInput(
    'question-list',
    content.id,
    (canonicalBase) => questionListQuestionnaire(content, { canonicalBase }),
    (nodes, at, issues) => questionListTable(content).read(nodes, at, issues),
    response,
    options,
    (raw) => parseQuestionListInput(raw, content),
  );
}
