import {
  type PromptList,
  parseQuestionListInput,
  type QuestionItem,
  type QuestionListInput,
  type QuestionSource,
  type QuestionStatus,
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
  type AnswerNode,
  answer,
  booleanItem,
  choiceItem,
  findAll,
  finish,
  groupItem,
  hiddenItem,
  IssueList,
  read,
  readResponse,
  requireText,
  responseItems,
  textItem,
} from './engine.js';
import { type LabelOptions, type QuestionListFhirLabels, questionListLabels } from './labels.js';

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
 * A prompt list as a FHIR R4 Questionnaire. The patient's list is a repeating group (in the patient's order; the
 * first three are the top 3); library questions are the answer options of `question.library`.
 */
export function questionListQuestionnaire(
  content: PromptList,
  options: QuestionListQuestionnaireOptions,
): Questionnaire {
  const t = questionListLabels(content.locale, options.labels);
  return {
    ...questionnaireHeader('question-list', content, options, content.title, content.intro),
    item: [
      groupItem(
        L.question,
        t.questions,
        [
          hiddenItem(L.key),
          choiceItem(
            L.source,
            t.source,
            SOURCES.map((s) => ({ code: s, display: t.sources[s] })),
          ),
          choiceItem(
            L.library,
            t.library,
            content.questions.map((q) => ({ code: q.id, display: q.text })),
          ),
          textItem(L.text, t.text, 'string'),
          textItem(L.why, t.why),
          choiceItem(
            L.status,
            t.status,
            STATUSES.map((s) => ({ code: s, display: t.statuses[s] })),
          ),
          textItem(L.note, t.note),
          booleanItem(L.followUp, t.followUp),
        ],
        true,
      ),
      hiddenItem(L.dismissed, 'string', true),
      hiddenItem(L.seq, 'integer'),
    ],
  };
}

/** The patient's question list as a QuestionnaireResponse, questions in the patient's order. */
export function questionListQuestionnaireResponse(
  content: PromptList,
  input: QuestionListInput,
  options: QuestionListResponseOptions,
): QuestionnaireResponse {
  const q = questionListQuestionnaire(content, options);
  const nodes: AnswerNode[] = [
    ...input.items.map((item) => ({
      linkId: L.question,
      items: [
        answer.text(L.key, item.key),
        answer.code(L.source, item.source),
        answer.code(L.library, item.questionId),
        answer.text(L.text, item.text ?? ''),
        answer.text(L.why, item.why ?? ''),
        answer.code(L.status, item.status),
        answer.text(L.note, item.note),
        answer.flag(L.followUp, item.followUp),
      ],
    })),
    { linkId: L.dismissed, answers: input.dismissed.map((d) => ({ string: d })) },
    { linkId: L.seq, answers: [{ integer: input.seq }] },
  ];
  return {
    ...responseHeader(q, options.completed ? 'completed' : 'in-progress', options, null),
    item: responseItems(q.item ?? [], nodes),
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
  const issues = new IssueList();
  try {
    const q = questionListQuestionnaire(content, { canonicalBase: options.canonicalBase ?? 'urn:sdmkit:read' });
    const nodes = readResponse(q, 'question-list', content.id, response, options, issues);
    if (!nodes) return { ok: false, value: undefined, issues: issues.list };
    const items: QuestionItem[] = findAll(nodes, L.question).map((r) => {
      const questionId = read.code(r.items, L.library);
      const text = read.optionalText(r.items, L.text);
      const why = read.optionalText(r.items, L.why);
      const source = read.code(r.items, L.source);
      if (source === null) issues.add('missing_answer', `${r.path}.item`, `Item "${L.source}" is missing in this row.`);
      return {
        key: requireText(r, L.key, issues),
        source: (source ?? 'own') as QuestionSource,
        ...(questionId !== null ? { questionId } : {}),
        ...(text !== undefined ? { text } : {}),
        ...(why !== undefined ? { why } : {}),
        status: (read.code(r.items, L.status) ?? 'open') as QuestionStatus,
        note: read.text(r.items, L.note),
        followUp: read.flag(r.items, L.followUp),
      };
    });
    const raw: QuestionListInput = {
      items,
      dismissed: read.strings(nodes, L.dismissed),
      seq: read.integer(nodes, L.seq) ?? 0,
    };
    return finish(issues, raw, (r) => parseQuestionListInput(r, content));
  } catch (error) {
    issues.add('invalid_answer', 'QuestionnaireResponse', `The response could not be read: ${String(error)}`);
    return { ok: false, value: undefined, issues: issues.list };
  }
}
