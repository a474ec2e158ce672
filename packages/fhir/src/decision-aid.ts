import {
  type DecisionAidDocument,
  type DecisionAidInput,
  type OwnConcern,
  parseDecisionAidInput,
  type Rating,
  SURE_ITEMS,
  type SureItem,
  selectKnowledge,
  selectSure,
  selectValuesFit,
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
  type Choice,
  childrenOf,
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
import { type DecisionAidFhirLabels, decisionAidLabels, type LabelOptions } from './labels.js';

export interface DecisionAidQuestionnaireOptions
  extends FhirQuestionnaireOptions,
    LabelOptions<DecisionAidFhirLabels> {}
export interface DecisionAidResponseOptions extends FhirResponseOptions, LabelOptions<DecisionAidFhirLabels> {}

/** linkIds of the decision-aid questionnaire. Content ids are kept as they are: they are stable across editions. */
export const DECISION_AID_LINK_IDS = {
  values: 'values',
  value: (considerationId: string) => `values.${considerationId}`,
  ownConcerns: 'own-concerns',
  ownConcernId: 'own-concerns.id',
  ownConcernText: 'own-concerns.text',
  ownConcernRating: 'own-concerns.rating',
  ownConcernOptions: 'own-concerns.options',
  knowledge: 'knowledge',
  knowledgeQuestion: (questionId: string) => `knowledge.${questionId}`,
  sure: 'sure',
  sureItem: (item: SureItem) => `sure.${item}`,
  leaning: 'leaning',
  riskProfile: 'risk-profile',
  completedAt: 'completed-at',
  result: 'result',
  resultOptions: 'result.options',
  resultFit: 'result.fit',
  resultFitOption: 'result.fit.option',
  resultFitPercent: 'result.fit.percent',
  resultSureScore: 'result.sure-score',
  resultKnowledgeCorrect: 'result.knowledge-correct',
} as const;

const L = DECISION_AID_LINK_IDS;
const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];
/** The leaning answer for "not sure yet". */
export const LEANING_UNSURE = 'unsure';

/** The decision aid as a FHIR R4 Questionnaire: values to rate, own concerns, knowledge check, SURE, leaning. */
export function decisionAidQuestionnaire(
  content: DecisionAidDocument,
  options: DecisionAidQuestionnaireOptions,
): Questionnaire {
  const t = decisionAidLabels(content.locale, options.labels);
  const ratingChoices: Choice[] = RATINGS.map((r) => ({ code: String(r), display: t.rating[r] }));
  const optionChoices: Choice[] = content.options.map((o) => ({ code: o.id, display: o.title }));
  const readOnly = { readOnly: true } as const;
  const item = [
    groupItem(
      L.values,
      t.values,
      content.values.map((c) => choiceItem(L.value(c.id), c.label, ratingChoices)),
    ),
    groupItem(
      L.ownConcerns,
      t.ownConcerns,
      [
        hiddenItem(L.ownConcernId),
        textItem(L.ownConcernText, t.ownConcernText, 'string'),
        choiceItem(L.ownConcernRating, t.ownConcernRating, ratingChoices),
        choiceItem(L.ownConcernOptions, t.ownConcernOptions, optionChoices, { repeats: true }),
      ],
      true,
    ),
    ...(content.knowledgeCheck && content.knowledgeCheck.length > 0
      ? [
          groupItem(
            L.knowledge,
            t.knowledge,
            content.knowledgeCheck.map((k) =>
              choiceItem(
                L.knowledgeQuestion(k.id),
                k.question,
                k.choices.map((c) => ({ code: c.id, display: c.label })),
              ),
            ),
          ),
        ]
      : []),
    groupItem(
      L.sure,
      t.sure,
      SURE_ITEMS.map((s) => booleanItem(L.sureItem(s), t.sureItems[s])),
    ),
    choiceItem(L.leaning, content.decision.question, [...optionChoices, { code: LEANING_UNSURE, display: t.unsure }]),
    ...(content.riskProfiles && content.riskProfiles.length > 0
      ? [
          choiceItem(
            L.riskProfile,
            t.riskProfile,
            content.riskProfiles.map((p) => ({ code: p.id, display: p.label })),
          ),
        ]
      : []),
    hiddenItem(L.completedAt, 'dateTime'),
    groupItem(L.result, t.result, [
      choiceItem(L.resultOptions, t.resultOptions, optionChoices, { repeats: true, ...readOnly }),
      groupItem(
        L.resultFit,
        t.resultFit,
        [
          choiceItem(L.resultFitOption, t.resultFitOption, optionChoices, readOnly),
          { linkId: L.resultFitPercent, text: t.resultFitPercent, type: 'integer', ...readOnly },
        ],
        true,
      ),
      { linkId: L.resultSureScore, text: t.resultSureScore, type: 'integer', ...readOnly },
      ...(content.knowledgeCheck && content.knowledgeCheck.length > 0
        ? [{ linkId: L.resultKnowledgeCorrect, text: t.resultKnowledgeCorrect, type: 'integer' as const, ...readOnly }]
        : []),
    ]),
  ];
  return {
    ...questionnaireHeader('decision-aid', content, options, content.meta.title, content.decision.question),
    item,
  };
}

const ratingNode = (linkId: string, r: Rating | null | undefined): AnswerNode =>
  answer.code(linkId, r === null || r === undefined ? null : String(r));

/**
 * The patient's answers as a QuestionnaireResponse. `completed` once the patient pressed Finish (`completedAt`),
 * `in-progress` before. It carries the result too (read-only items): the options considered, how they fit the
 * ratings, the SURE score and, when the content has one, the knowledge check score.
 */
export function decisionAidQuestionnaireResponse(
  content: DecisionAidDocument,
  input: DecisionAidInput,
  options: DecisionAidResponseOptions,
): QuestionnaireResponse {
  const q = decisionAidQuestionnaire(content, options);
  const sure = selectSure(input);
  const knowledge = selectKnowledge(content, input);
  const hasKnowledge = (content.knowledgeCheck?.length ?? 0) > 0;
  const nodes: AnswerNode[] = [
    { linkId: L.values, items: content.values.map((c) => ratingNode(L.value(c.id), input.ratings[c.id])) },
    ...input.ownConcerns.map((c) => ({
      linkId: L.ownConcerns,
      items: [
        answer.text(L.ownConcernId, c.id),
        answer.text(L.ownConcernText, c.text),
        ratingNode(L.ownConcernRating, c.rating),
        { linkId: L.ownConcernOptions, answers: c.optionIds.map((id) => ({ coding: id })) },
      ],
    })),
    ...(hasKnowledge
      ? [
          {
            linkId: L.knowledge,
            items: (content.knowledgeCheck ?? []).map((k) =>
              answer.code(L.knowledgeQuestion(k.id), input.knowledge[k.id]),
            ),
          },
        ]
      : []),
    {
      linkId: L.sure,
      items: SURE_ITEMS.map((s) => {
        const a = input.sure[s];
        return { linkId: L.sureItem(s), answers: a === undefined ? [] : [{ boolean: a }] };
      }),
    },
    answer.code(L.leaning, input.leaning),
    ...((content.riskProfiles?.length ?? 0) > 0 ? [answer.code(L.riskProfile, input.riskProfileId)] : []),
    { linkId: L.completedAt, answers: input.completedAt ? [{ dateTime: input.completedAt }] : [] },
    {
      linkId: L.result,
      items: [
        { linkId: L.resultOptions, answers: content.options.map((o) => ({ coding: o.id })) },
        ...selectValuesFit(content, input)
          .filter((f) => f.percent !== null)
          .map((f) => ({
            linkId: L.resultFit,
            items: [
              answer.code(L.resultFitOption, f.optionId),
              { linkId: L.resultFitPercent, answers: [{ integer: f.percent ?? 0 }] },
            ],
          })),
        { linkId: L.resultSureScore, answers: sure.complete ? [{ integer: sure.score }] : [] },
        ...(hasKnowledge
          ? [
              {
                linkId: L.resultKnowledgeCorrect,
                answers: knowledge.answered > 0 ? [{ integer: knowledge.correct }] : [],
              },
            ]
          : []),
      ],
    },
  ];
  return {
    ...responseHeader(q, input.completedAt ? 'completed' : 'in-progress', options, input.completedAt),
    item: responseItems(q.item ?? [], nodes),
  };
}

/**
 * Reads a QuestionnaireResponse made by `decisionAidQuestionnaireResponse` (or a form filler working from the
 * same questionnaire) back into decision-aid input, checked with `parseDecisionAidInput`. The read-only result
 * items are derived, so they are accepted and ignored. Never throws.
 */
export function decisionAidInputFromQuestionnaireResponse(
  content: DecisionAidDocument,
  response: unknown,
  options: FhirReadOptions = {},
): FhirParseResult<DecisionAidInput> {
  const issues = new IssueList();
  try {
    // Labels do not matter for reading: linkIds and codes do.
    const q = decisionAidQuestionnaire(content, { canonicalBase: options.canonicalBase ?? 'urn:sdmkit:read' });
    const nodes = readResponse(q, 'decision-aid', content.id, response, options, issues);
    if (!nodes) return { ok: false, value: undefined, issues: issues.list };
    const ratings: Record<string, Rating> = {};
    const values = childrenOf(nodes, L.values);
    for (const c of content.values) {
      const code = read.code(values, L.value(c.id));
      if (code !== null) ratings[c.id] = Number(code) as Rating;
    }
    const ownConcerns: OwnConcern[] = findAll(nodes, L.ownConcerns).map((row) => {
      const rating = read.code(row.items, L.ownConcernRating);
      return {
        id: requireText(row, L.ownConcernId, issues),
        text: read.text(row.items, L.ownConcernText),
        rating: rating === null ? null : (Number(rating) as Rating),
        optionIds: read.codes(row.items, L.ownConcernOptions),
      };
    });
    const knowledge: Record<string, string> = {};
    const k = childrenOf(nodes, L.knowledge);
    for (const question of content.knowledgeCheck ?? []) {
      const code = read.code(k, L.knowledgeQuestion(question.id));
      if (code !== null) knowledge[question.id] = code;
    }
    const sureNodes = childrenOf(nodes, L.sure);
    const sure: Partial<Record<SureItem, boolean>> = {};
    for (const s of SURE_ITEMS) {
      const node = sureNodes.find((n) => n.linkId === L.sureItem(s));
      const a = node?.answers[0];
      if (a && 'boolean' in a) sure[s] = a.boolean;
    }
    const raw: DecisionAidInput = {
      ratings,
      ownConcerns,
      knowledge,
      sure,
      leaning: read.code(nodes, L.leaning),
      riskProfileId: read.code(nodes, L.riskProfile),
      completedAt: read.dateTime(nodes, L.completedAt),
    };
    return finish(issues, raw, (r) => parseDecisionAidInput(r, content));
  } catch (error) {
    issues.add('invalid_answer', 'QuestionnaireResponse', `The response could not be read: ${String(error)}`);
    return { ok: false, value: undefined, issues: issues.list };
  }
}
