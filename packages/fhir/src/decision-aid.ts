import {
  type ContentIssue,
  type DecisionAidDocument,
  type DecisionAidInput,
  issue,
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
  booleanItem,
  type Choice,
  type Codec,
  choiceItem,
  codec,
  field,
  fields,
  group,
  hiddenItem,
  keyed,
  many,
  one,
  only,
  readInput,
  responseItems,
  rows,
  textItem,
  withRowIds,
  writeOnly,
} from './engine.js';
import { type DecisionAidFhirLabels, type DeepPartial, decisionAidLabels, type LabelOptions } from './labels.js';

export interface DecisionAidQuestionnaireOptions
  extends FhirQuestionnaireOptions,
    LabelOptions<DecisionAidFhirLabels> {}
export interface DecisionAidResponseOptions extends FhirResponseOptions, LabelOptions<DecisionAidFhirLabels> {
  /** What the visit recorded (the clinician's side): written in the `visit` group when given. */
  readonly visit?: DecisionAidVisit | undefined;
}

/**
 * What the visit recorded in the same response, next to the patient's answers: the decision made (an option id),
 * `not-decided` with the next step, and who took part. Written and read by the clinician's side; a response
 * without it reads as `emptyDecisionAidVisit()`.
 */
export interface DecisionAidVisit {
  /** The option decided on, `NOT_DECIDED`, or null when nothing was recorded. */
  readonly decision: string | null;
  /** The next step (free text), e.g. when the decision is not made yet. */
  readonly nextStep: string;
  /** Who took part, as the clinician wrote them (free text, one entry each). */
  readonly participants: readonly string[];
}

/** The decision aid's input and what the visit recorded, read from one response. */
export interface DecisionAidWithVisit {
  readonly input: DecisionAidInput;
  readonly visit: DecisionAidVisit;
}

/** The `visit.decision` answer for "not decided yet". */
export const NOT_DECIDED = 'not-decided';
/** Longest next step, in characters. */
export const MAX_NEXT_STEP_LENGTH = 2000;
/** Most people named as taking part. */
export const MAX_PARTICIPANTS = 10;
/** The longest entry of `participants`, in characters. */
export const MAX_PARTICIPANT_LENGTH = 200;

/** A visit with nothing recorded yet. */
export function emptyDecisionAidVisit(): DecisionAidVisit {
  return { decision: null, nextStep: '', participants: [] };
}

/** linkIds of the decision-aid questionnaire. Content ids are kept as they are: they are stable across editions. */
export const DECISION_AID_LINK_IDS = {
  values: 'values',
  /** The rating item of one consideration: `values.<consideration id>`. */
  value: (considerationId: string) => `values.${considerationId}`,
  ownConcerns: 'own-concerns',
  ownConcernId: 'own-concerns.id',
  ownConcernText: 'own-concerns.text',
  ownConcernRating: 'own-concerns.rating',
  ownConcernOptions: 'own-concerns.options',
  knowledge: 'knowledge',
  /** The answer item of one knowledge-check question: `knowledge.<question id>`. */
  knowledgeQuestion: (questionId: string) => `knowledge.${questionId}`,
  sure: 'sure',
  /** The yes/no item of one SURE question: `sure.<item>`. */
  sureItem: (item: SureItem) => `sure.${item}`,
  leaning: 'leaning',
  riskProfile: 'risk-profile',
  /** Hidden: the risk profile came from the patient's record (`riskProfileFromRecord`). */
  riskProfileFromRecord: 'risk-profile-from-record',
  /** Hidden, repeating: what the record has offered already (`recordSeen`). */
  recordSeen: 'record-seen',
  completedAt: 'completed-at',
  result: 'result',
  resultOptions: 'result.options',
  resultFit: 'result.fit',
  resultFitOption: 'result.fit.option',
  resultFitPercent: 'result.fit.percent',
  resultSureScore: 'result.sure-score',
  resultKnowledgeCorrect: 'result.knowledge-correct',
  visit: 'visit',
  visitDecision: 'visit.decision',
  visitNextStep: 'visit.next-step',
  visitParticipants: 'visit.participants',
} as const;

const L = DECISION_AID_LINK_IDS;
const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];
/** The leaning answer for "not sure yet". */
export const LEANING_UNSURE = 'unsure';

/** A rating as the code of its answer option. */
const rating = <A>(absent: A): Codec<Rating | A> => ({
  write: (r) => (r === null || r === undefined ? [] : [{ coding: String(r) }]),
  read: ([a]) => (a && 'coding' in a ? (Number(a.coding) as Rating) : absent),
});

/** The field table of the decision-aid questionnaire: each item keyed by the input property it holds. */
function decisionAidTable(content: DecisionAidDocument, labels?: DeepPartial<DecisionAidFhirLabels>) {
  const t = decisionAidLabels(content.locale, labels);
  const ratingChoices: Choice[] = RATINGS.map((r) => ({ code: String(r), display: t.rating[r] }));
  const optionChoices: Choice[] = content.options.map((o) => ({ code: o.id, display: o.title }));
  const hasKnowledge = (content.knowledgeCheck?.length ?? 0) > 0;
  const readOnly = { readOnly: true } as const;
  const code = one<string | null>('coding', null);
  const integer = (linkId: string, text: string) =>
    field({ linkId, text, type: 'integer', ...readOnly }, one<number | null>('integer', null));
  return fields({
    ratings: group(
      L.values,
      t.values,
      keyed(
        content.values.map((c) => [c.id, field(choiceItem(L.value(c.id), c.label, ratingChoices), rating(undefined))]),
      ),
    ),
    ownConcerns: rows(
      L.ownConcerns,
      t.ownConcerns,
      fields({
        id: field(hiddenItem(L.ownConcernId), codec.id),
        text: field(textItem(L.ownConcernText, t.ownConcernText, 'string'), codec.text),
        rating: field(choiceItem(L.ownConcernRating, t.ownConcernRating, ratingChoices), rating(null)),
        optionIds: field(
          choiceItem(L.ownConcernOptions, t.ownConcernOptions, optionChoices, { repeats: true }),
          many('coding'),
        ),
      }),
      withRowIds('own'),
    ),
    knowledge: only(
      hasKnowledge,
      group(
        L.knowledge,
        t.knowledge,
        keyed(
          (content.knowledgeCheck ?? []).map((k) => [
            k.id,
            field(
              choiceItem(
                L.knowledgeQuestion(k.id),
                k.question,
                k.choices.map((c) => ({ code: c.id, display: c.label })),
              ),
              one<string | undefined>('coding', undefined),
            ),
          ]),
        ),
      ),
    ),
    sure: group(
      L.sure,
      t.sure,
      keyed(
        SURE_ITEMS.map((s) => [
          s,
          field(booleanItem(L.sureItem(s), t.sureItems[s]), one<boolean | undefined>('boolean', undefined)),
        ]),
      ),
    ),
    leaning: field(
      choiceItem(L.leaning, content.decision.question, [...optionChoices, { code: LEANING_UNSURE, display: t.unsure }]),
      code,
    ),
    riskProfileId: only(
      (content.riskProfiles?.length ?? 0) > 0,
      field(
        choiceItem(
          L.riskProfile,
          t.riskProfile,
          (content.riskProfiles ?? []).map((p) => ({ code: p.id, display: p.label })),
        ),
        code,
      ),
    ),
    riskProfileFromRecord: only(
      (content.riskProfiles?.length ?? 0) > 0,
      field(hiddenItem(L.riskProfileFromRecord, 'boolean'), codec.mark),
    ),
    recordSeen: only(
      (content.riskProfiles?.length ?? 0) > 0,
      field(hiddenItem(L.recordSeen, 'string', true), codec.seen),
    ),
    completedAt: field(hiddenItem(L.completedAt, 'dateTime'), one<string | null>('dateTime', null)),
    result: writeOnly(
      group(
        L.result,
        t.result,
        fields({
          options: field(
            choiceItem(L.resultOptions, t.resultOptions, optionChoices, { repeats: true, ...readOnly }),
            many('coding'),
          ),
          fit: rows(
            L.resultFit,
            t.resultFit,
            fields({
              option: field(choiceItem(L.resultFitOption, t.resultFitOption, optionChoices, readOnly), code),
              percent: integer(L.resultFitPercent, t.resultFitPercent),
            }),
          ),
          sureScore: integer(L.resultSureScore, t.resultSureScore),
          knowledgeCorrect: only(hasKnowledge, integer(L.resultKnowledgeCorrect, t.resultKnowledgeCorrect)),
        }),
      ),
    ),
    // The clinician's side: what the visit decided, and who took part. Empty (left out) in the patient's responses.
    visit: group(
      L.visit,
      t.visit,
      fields({
        decision: field(
          choiceItem(L.visitDecision, t.visitDecision, [
            ...optionChoices,
            { code: NOT_DECIDED, display: t.notDecided },
          ]),
          code,
        ),
        nextStep: field(textItem(L.visitNextStep, t.visitNextStep), codec.text),
        participants: field(
          { ...textItem(L.visitParticipants, t.visitParticipants, 'string'), repeats: true },
          many('string'),
        ),
      }),
    ),
  });
}

/** Checks what was read of the visit group: the decision's code is checked by the reader, the texts' lengths here. */
function checkVisit(raw: unknown): { ok: true; value: DecisionAidVisit } | { ok: false; issues: ContentIssue[] } {
  const visit = { ...emptyDecisionAidVisit(), ...(raw as Partial<DecisionAidVisit> | undefined) };
  const issues: ContentIssue[] = [];
  if (visit.nextStep.length > MAX_NEXT_STEP_LENGTH)
    issues.push(issue('too_long', ['visit', 'nextStep'], `At most ${MAX_NEXT_STEP_LENGTH} characters.`));
  if (visit.participants.length > MAX_PARTICIPANTS)
    issues.push(issue('too_long', ['visit', 'participants'], `At most ${MAX_PARTICIPANTS} people.`));
  visit.participants.forEach((p, i) => {
    if (p.length > MAX_PARTICIPANT_LENGTH)
      issues.push(issue('too_long', ['visit', 'participants', i], `At most ${MAX_PARTICIPANT_LENGTH} characters.`));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: visit };
}

/** The decision aid as a FHIR R4 Questionnaire: values to rate, own concerns, knowledge check, SURE, leaning. */
export function decisionAidQuestionnaire(
  content: DecisionAidDocument,
  options: DecisionAidQuestionnaireOptions,
): Questionnaire {
  return {
    ...questionnaireHeader('decision-aid', content, options, content.meta.title, content.decision.question),
    item: decisionAidTable(content, options.labels).items,
  };
}

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
  // The result (read-only items): derived from the input, never read back.
  const result = {
    options: content.options.map((o) => o.id),
    fit: selectValuesFit(content, input).flatMap((f) =>
      f.percent === null ? [] : [{ option: f.optionId, percent: f.percent }],
    ),
    sureScore: sure.complete ? sure.score : null,
    knowledgeCorrect: knowledge.answered > 0 ? knowledge.correct : null,
  };
  return {
    ...responseHeader(q, input.completedAt ? 'completed' : 'in-progress', options, input.completedAt),
    item: responseItems(
      q.item ?? [],
      decisionAidTable(content).write({ ...input, result, visit: options.visit ?? emptyDecisionAidVisit() }),
    ),
  };
}

/** Reads a response to this content's questionnaire with the decision aid's field table, then checks it with `check`. */
function readDecisionAid<T>(
  content: DecisionAidDocument,
  response: unknown,
  options: FhirReadOptions,
  check: Parameters<typeof readInput<T>>[6],
): FhirParseResult<T> {
  return readInput(
    'decision-aid',
    content.id,
    (canonicalBase) => decisionAidQuestionnaire(content, { canonicalBase }),
    (nodes, at, issues) => decisionAidTable(content).read(nodes, at, issues),
    response,
    options,
    check,
  );
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
  return readDecisionAid(content, response, options, (raw) => parseDecisionAidInput(raw, content));
}

/**
 * Reads the patient's answers and what the visit recorded (`visit`) from one response, as the clinician's side
 * writes it with `decisionAidQuestionnaireResponse(…, { visit })`. A response without the visit group reads with
 * `emptyDecisionAidVisit()`. Never throws.
 */
export function decisionAidWithVisitFromQuestionnaireResponse(
  content: DecisionAidDocument,
  response: unknown,
  options: FhirReadOptions = {},
): FhirParseResult<DecisionAidWithVisit> {
  return readDecisionAid(content, response, options, (raw) => {
    const input = parseDecisionAidInput(raw, content);
    const visit = checkVisit((raw as { visit?: unknown }).visit);
    if (input.ok && visit.ok) return { ok: true, value: { input: input.value, visit: visit.value } };
    return { ok: false, issues: [...(input.ok ? [] : input.issues), ...(visit.ok ? [] : visit.issues)] };
  });
}
