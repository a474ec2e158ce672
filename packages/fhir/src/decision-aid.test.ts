import { decisionAids } from '@sdmkit/content';
import {
  type DecisionAidDocument,
  type DecisionAidInput,
  emptyDecisionAidInput,
  type Rating,
  SURE_ITEMS,
} from '@sdmkit/core';
import * as fc from 'fast-check';
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  decisionAidInputFromQuestionnaireResponse,
  decisionAidQuestionnaire,
  decisionAidQuestionnaireResponse,
  decisionAidWithVisitFromQuestionnaireResponse,
  emptyDecisionAidVisit,
  DECISION_AID_LINK_IDS as L,
  MAX_NEXT_STEP_LENGTH,
  NOT_DECIDED,
} from './index.js';
import { AUTHORED, BASE, expectInvalidFhir, expectValidFhir } from './test-utils/check.js';

const fixtures = Object.values(decisionAids).flatMap((byLocale) => Object.values(byLocale));
const options = { canonicalBase: BASE, authored: AUTHORED };

function partial(content: DecisionAidDocument): DecisionAidInput {
  const [first, second] = content.values;
  return {
    ...emptyDecisionAidInput(),
    ratings: { ...(first ? { [first.id]: 4 as Rating } : {}), ...(second ? { [second.id]: 0 as Rating } : {}) },
    sure: { sure: false, understand: true },
  };
}

function complete(content: DecisionAidDocument): DecisionAidInput {
  return {
    ratings: Object.fromEntries(content.values.map((v, i) => [v.id, (i % 5) as Rating])),
    ownConcerns: [
      { id: 'own-1', text: 'Being able to keep working', rating: 3, optionIds: [content.options[0]?.id ?? ''] },
      { id: 'own-2', text: 'Cost of travel', rating: null, optionIds: [] },
    ],
    knowledge: Object.fromEntries((content.knowledgeCheck ?? []).map((k) => [k.id, k.choices[0]?.id ?? ''])),
    sure: { sure: true, understand: true, riskBenefit: false, encouragement: true },
    leaning: content.options[1]?.id ?? null,
    riskProfileId: content.riskProfiles?.[0]?.id ?? null,
    completedAt: '2026-11-02T09:15:00.000Z',
  };
}

const inputs = (c: DecisionAidDocument) =>
  [
    ['empty', emptyDecisionAidInput()],
    ['partial', partial(c)],
    ['complete', complete(c)],
    ['unsure', { ...partial(c), leaning: 'unsure' }],
  ] as const;

describe.each(fixtures.map((c) => [`${c.id} (${c.locale})`, c] as const))('decision aid %s', (_name, content) => {
  const q = decisionAidQuestionnaire(content, options);

  it('makes a valid Questionnaire with the content meta, language and demonstration tag', () => {
    expectValidFhir(q);
    expect(q.url).toBe(`${BASE}/Questionnaire/sdmkit-decision-aid-${content.id}`);
    expect(q.version).toBe(content.meta.version);
    expect(q.title).toBe(content.meta.title);
    expect(q.date).toBe(content.meta.published);
    expect(q.language).toBe(content.locale);
    expect(q.status).toBe('active');
    expect(content.meta.demonstration).toBe(true);
    expect(q.experimental).toBe(true);
    expect(q.meta?.tag).toEqual([
      { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HTEST', display: 'test health data' },
    ]);
    const values = q.item?.find((i) => i.linkId === L.values);
    expect(values?.item?.map((i) => [i.linkId, i.text])).toEqual(
      content.values.map((v) => [`values.${v.id}`, v.label]),
    );
    const leaning = q.item?.find((i) => i.linkId === L.leaning);
    expect(leaning?.answerOption?.map((o) => o.valueCoding?.code)).toEqual([
      ...content.options.map((o) => o.id),
      'unsure',
    ]);
  });

  it.each(inputs(content))('round-trips the %s input through a valid QuestionnaireResponse', (_kind, input) => {
    const qr = decisionAidQuestionnaireResponse(content, input, options);
    expectValidFhir(qr);
    expect(qr.questionnaire).toBe(`${q.url}|${content.meta.version}`);
    expect(qr.status).toBe(input.completedAt ? 'completed' : 'in-progress');
    expect(qr.authored).toBe(AUTHORED);
    const back = decisionAidInputFromQuestionnaireResponse(content, JSON.parse(JSON.stringify(qr)));
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(input);
  });

  it('carries the result: options, ratings, leaning, SURE answers and score, knowledge score', () => {
    const input = complete(content);
    const qr = decisionAidQuestionnaireResponse(content, input, { ...options, subject: { reference: 'Patient/p1' } });
    expect(qr.subject).toEqual({ reference: 'Patient/p1' });
    const top = (id: string) => qr.item?.find((i) => i.linkId === id);
    const result = top(L.result)?.item ?? [];
    expect(result.find((i) => i.linkId === L.resultOptions)?.answer?.map((a) => a.valueCoding?.code)).toEqual(
      content.options.map((o) => o.id),
    );
    const expectedScore = SURE_ITEMS.filter((s) => input.sure[s]).length;
    expect(result.find((i) => i.linkId === L.resultSureScore)?.answer).toEqual([{ valueInteger: expectedScore }]);
    expect(top(L.sure)?.item?.map((i) => [i.linkId, i.answer?.[0]?.valueBoolean])).toEqual(
      SURE_ITEMS.map((s) => [`sure.${s}`, input.sure[s]]),
    );
    expect(top(L.leaning)?.answer?.[0]?.valueCoding).toEqual({
      code: content.options[1]?.id,
      display: content.options[1]?.title,
    });
    const ratings = top(L.values)?.item?.map((i) => [i.linkId, i.answer?.[0]?.valueCoding?.code]);
    expect(ratings).toEqual(content.values.map((v) => [`values.${v.id}`, String(input.ratings[v.id])]));
    if (content.knowledgeCheck?.length) {
      const correct = content.knowledgeCheck.filter((k) => input.knowledge[k.id] === k.correctChoiceId).length;
      expect(result.find((i) => i.linkId === L.resultKnowledgeCorrect)?.answer).toEqual([{ valueInteger: correct }]);
    }
  });

  it('round-trips generated valid inputs (property)', () => {
    const rating = fc.constantFrom<Rating>(0, 1, 2, 3, 4);
    const optionIds = content.options.map((o) => o.id);
    const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'?-]{0,60}$/);
    const arb: fc.Arbitrary<DecisionAidInput> = fc.record({
      ratings: fc.dictionary(fc.constantFrom(...content.values.map((v) => v.id)), rating),
      ownConcerns: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^own-[1-9][0-9]?$/),
          text,
          rating: fc.option(rating, { nil: null }),
          optionIds: fc.uniqueArray(fc.constantFrom(...optionIds)),
        }),
        { maxLength: 4, selector: (c) => c.id },
      ),
      knowledge: fc
        .subarray(content.knowledgeCheck ?? [])
        .chain((qs) =>
          fc.tuple(...qs.map((k) => fc.constantFrom(...k.choices.map((c) => c.id)).map((c) => [k.id, c] as const))),
        )
        .map((pairs) => Object.fromEntries(pairs)),
      sure: fc.record(
        { sure: fc.boolean(), understand: fc.boolean(), riskBenefit: fc.boolean(), encouragement: fc.boolean() },
        { requiredKeys: [] },
      ),
      leaning: fc.option(fc.constantFrom(...optionIds, 'unsure'), { nil: null }),
      riskProfileId: content.riskProfiles?.length
        ? fc.option(fc.constantFrom(...content.riskProfiles.map((p) => p.id)), { nil: null })
        : fc.constant(null),
      completedAt: fc.option(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const qr = decisionAidQuestionnaireResponse(content, input, options);
        expectValidFhir(qr);
        const back = decisionAidInputFromQuestionnaireResponse(content, qr, { canonicalBase: BASE });
        expect(back.value).toEqual(input);
      }),
      { numRuns: 40 },
    );
  });
});

describe('decision aid: reading back rejects what does not fit', () => {
  const content = fixtures[0] as DecisionAidDocument;
  const other = fixtures.find((c) => c.id !== content.id) as DecisionAidDocument;
  const good = () =>
    JSON.parse(
      JSON.stringify(decisionAidQuestionnaireResponse(content, complete(content), options)),
    ) as QuestionnaireResponse;

  it('rejects a response to another questionnaire', () => {
    const qr = decisionAidQuestionnaireResponse(other, emptyDecisionAidInput(), options);
    const r = decisionAidInputFromQuestionnaireResponse(content, qr);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['wrong_questionnaire', 'QuestionnaireResponse.questionnaire'],
    ]);
  });

  it('rejects another version, and another canonical base when one is given', () => {
    const qr = good();
    qr.questionnaire = `${BASE}/Questionnaire/sdmkit-decision-aid-${content.id}|0.0.1`;
    expect(decisionAidInputFromQuestionnaireResponse(content, qr).issues.map((i) => i.code)).toEqual(['wrong_version']);
    const elsewhere = decisionAidQuestionnaireResponse(content, emptyDecisionAidInput(), {
      ...options,
      canonicalBase: 'https://other.example.net/fhir',
    });
    expect(decisionAidInputFromQuestionnaireResponse(content, elsewhere).ok).toBe(true);
    expect(
      decisionAidInputFromQuestionnaireResponse(content, elsewhere, { canonicalBase: BASE }).issues.map((i) => i.code),
    ).toEqual(['wrong_questionnaire']);
  });

  it('reports unknown linkIds, malformed and out-of-range answers with their paths', () => {
    const qr = good();
    const items = qr.item ?? [];
    const values = items.findIndex((i) => i.linkId === L.values);
    const leaning = items.findIndex((i) => i.linkId === L.leaning);
    const valueItems = items[values]?.item ?? [];
    (valueItems[0] as { answer: unknown }).answer = [{ valueCoding: { code: '9' } }];
    (valueItems[1] as { answer: unknown }).answer = [{ valueString: 'a lot' }];
    (items[leaning] as { answer: unknown }).answer = [{ valueCoding: { code: 'x' } }, { valueCoding: { code: 'y' } }];
    items.push({ linkId: 'favourite-colour', answer: [{ valueString: 'blue' }] });
    const r = decisionAidInputFromQuestionnaireResponse(content, qr);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_answer', `QuestionnaireResponse.item[${values}].item[0].answer[0].valueCoding.code`],
      ['invalid_answer', `QuestionnaireResponse.item[${values}].item[1].answer[0].valueString`],
      ['too_many_answers', `QuestionnaireResponse.item[${leaning}].answer`],
      ['invalid_answer', `QuestionnaireResponse.item[${leaning}].answer[0].valueCoding.code`],
      ['invalid_answer', `QuestionnaireResponse.item[${leaning}].answer[1].valueCoding.code`],
      ['unknown_link_id', `QuestionnaireResponse.item[${items.length - 1}].linkId`],
    ]);
  });

  it('makes an id for a row read without one (another form filler) and never throws on hostile input', () => {
    const qr = good();
    const own = qr.item?.find((i) => i.linkId === L.ownConcerns);
    if (own) own.item = own.item?.filter((i) => i.linkId !== L.ownConcernId);
    const read = decisionAidInputFromQuestionnaireResponse(content, qr);
    expect(read.issues).toEqual([]);
    const before = (decisionAidInputFromQuestionnaireResponse(content, good()).value?.ownConcerns ?? []).map(
      (c) => c.id,
    );
    const after = (read.value?.ownConcerns ?? []).map((c) => c.id);
    expect(after).toHaveLength(before.length);
    expect(after.every((id) => /^own-\d+$/.test(id))).toBe(true);
    expect(new Set(after).size).toBe(after.length);
    for (const hostile of [null, 42, 'x', [], { resourceType: 'Patient' }, { resourceType: 'QuestionnaireResponse' }])
      expect(decisionAidInputFromQuestionnaireResponse(content, hostile).ok).toBe(false);
    const trap = { resourceType: 'QuestionnaireResponse', questionnaire: good().questionnaire };
    Object.defineProperty(trap, 'item', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(decisionAidInputFromQuestionnaireResponse(content, trap).ok).toBe(false);
  });

  it('the schema check can fail: a broken response is rejected', () => {
    const qr = good() as unknown as Record<string, unknown>;
    expectInvalidFhir({ ...qr, status: 'finished' });
    expectInvalidFhir({ ...qr, item: [{ linkId: 'values', answer: [{ valueCoding: { code: 3 } }] }] });
  });

  it('a canonical base must be an absolute URI', () => {
    expect(() => decisionAidQuestionnaire(content, { canonicalBase: 'portal/fhir' })).toThrow(TypeError);
  });
});

describe('what the visit recorded, in the same response', () => {
  const content = fixtures[0] as DecisionAidDocument;
  const decided = {
    decision: content.options[0]?.id ?? null,
    nextStep: 'Check PSA again in 3 months',
    participants: ['The patient', 'Their daughter', 'Dr Rivera (urology)'],
  };

  it('writes the visit group into the response and reads it back with the patient’s answers', () => {
    const input = complete(content);
    const response = decisionAidQuestionnaireResponse(content, input, { ...options, visit: decided });
    expectValidFhir(response);
    const visit = response.item?.find((i) => i.linkId === L.visit);
    expect(visit?.item?.map((i) => i.linkId)).toEqual([L.visitDecision, L.visitNextStep, L.visitParticipants]);
    expect(visit?.item?.[2]?.answer).toHaveLength(3);
    expect(decisionAidWithVisitFromQuestionnaireResponse(content, response, { canonicalBase: BASE })).toEqual({
      ok: true,
      value: { input, visit: decided },
      issues: [],
    });
    // The patient's reader takes the same response and leaves the visit out.
    expect(decisionAidInputFromQuestionnaireResponse(content, response, { canonicalBase: BASE })).toEqual({
      ok: true,
      value: input,
      issues: [],
    });
  });

  it('records "not decided yet" with the next step; a response without a visit reads as an empty one', () => {
    const notYet = { decision: NOT_DECIDED, nextStep: 'Talk again at the next visit', participants: ['The patient'] };
    const response = decisionAidQuestionnaireResponse(content, partial(content), { ...options, visit: notYet });
    expectValidFhir(response);
    expect(decisionAidWithVisitFromQuestionnaireResponse(content, response).value?.visit).toEqual(notYet);
    const patients = decisionAidQuestionnaireResponse(content, partial(content), options);
    expect(patients.item?.some((i) => i.linkId === L.visit)).toBe(false);
    expect(decisionAidWithVisitFromQuestionnaireResponse(content, patients).value?.visit).toEqual(
      emptyDecisionAidVisit(),
    );
    // The Questionnaire offers every option and "not decided yet".
    const q = decisionAidQuestionnaire(content, options);
    const item = q.item?.find((i) => i.linkId === L.visit)?.item?.find((i) => i.linkId === L.visitDecision);
    expect(item?.answerOption?.map((o) => o.valueCoding?.code)).toEqual([
      ...content.options.map((o) => o.id),
      NOT_DECIDED,
    ]);
  });

  it('refuses a decision that is not an option, and a next step that is too long, with their paths', () => {
    const response = decisionAidQuestionnaireResponse(content, partial(content), {
      ...options,
      visit: { ...decided, nextStep: 'x'.repeat(MAX_NEXT_STEP_LENGTH + 1) },
    });
    const tooLong = decisionAidWithVisitFromQuestionnaireResponse(content, response);
    expect(tooLong.ok).toBe(false);
    expect(tooLong.issues.map((i) => i.inputIssue?.path)).toContain('$.visit.nextStep');

    const group = response.item?.find((i) => i.linkId === L.visit);
    const decision = group?.item?.find((i) => i.linkId === L.visitDecision);
    if (decision?.answer?.[0]) decision.answer[0] = { valueCoding: { code: 'surgery-tomorrow' } };
    const wrong = decisionAidWithVisitFromQuestionnaireResponse(content, response);
    expect(wrong.issues.map((i) => [i.code, i.path])).toContainEqual([
      'invalid_answer',
      expect.stringMatching(/^QuestionnaireResponse\.item\[\d+\]\.item\[0\]\.answer\[0\]\.valueCoding\.code$/),
    ]);
  });
});

describe('decision aid: a risk profile from the record', () => {
  // Test-only profiles on a shipped aid (parse accepts profiles without numbers of their own; lint warns).
  const content: DecisionAidDocument = {
    ...(fixtures[0] as DecisionAidDocument),
    riskProfiles: [
      { id: 'p1', label: 'Group one', record: { conditions: [{ system: 'http://snomed.info/sct', code: '1' }] } },
      { id: 'p2', label: 'Group two' },
    ],
  };

  it('keeps the "from your record" mark through a response, as a hidden item, and reads it back', () => {
    const input: DecisionAidInput = {
      ...emptyDecisionAidInput(),
      riskProfileId: 'p1',
      riskProfileFromRecord: true,
      recordSeen: ['riskProfile:p1'],
    };
    const q = decisionAidQuestionnaire(content, options);
    expect(q.item?.find((i) => i.linkId === L.riskProfileFromRecord)).toMatchObject({ type: 'boolean' });
    const qr = decisionAidQuestionnaireResponse(content, input, options);
    expectValidFhir(qr);
    expect(qr.item?.find((i) => i.linkId === L.riskProfileFromRecord)?.answer).toEqual([{ valueBoolean: true }]);
    expect(qr.item?.find((i) => i.linkId === L.recordSeen)?.answer).toEqual([{ valueString: 'riskProfile:p1' }]);
    expect(decisionAidInputFromQuestionnaireResponse(content, qr, { canonicalBase: BASE }).value).toEqual(input);
    // Once the patient chose, no mark is written and none is read.
    const chosen = decisionAidQuestionnaireResponse(content, { ...input, riskProfileFromRecord: undefined }, options);
    expect(chosen.item?.some((i) => i.linkId === L.riskProfileFromRecord)).toBe(false);
    const back = decisionAidInputFromQuestionnaireResponse(content, chosen, { canonicalBase: BASE });
    expect(back.value?.riskProfileFromRecord).toBeUndefined();
    expect(back.value?.riskProfileId).toBe('p1');
  });

  it('has no such item when the content has no risk profiles', () => {
    const q = decisionAidQuestionnaire(fixtures[0] as DecisionAidDocument, options);
    expect(q.item?.some((i) => i.linkId === L.riskProfileFromRecord || i.linkId === L.recordSeen)).toBe(false);
  });
});
